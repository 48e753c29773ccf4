-- Drives Debian's Neovim (nvim --headless) against ssot-clangd with the
-- snippet docs/editors.md gives for this Neovim version, as a user would
-- paste it into init.lua, and prints what the editor shows.
-- Environment: SSOT_CLANGD, SSOT_DOCS (docs/editors.md), SSOT_SOURCE;
-- SSOT_SHOW_ONLY=1 prints the diagnostics (with their severity) and stops.
local function out(...)
  io.stdout:write(table.concat({ ... }, ' ') .. '\n')
end

local function snippet(marker)
  local docs = io.open(os.getenv('SSOT_DOCS')):read('*a')
  local start = docs:find(marker, 1, true)
  local after = docs:sub(start)
  return after:match('```lua\n(.-)```')
end

local function main()
local marker = vim.fn.has('nvim-0.11') == 1 and 'Neovim 0.11 and later:'
  or 'Neovim 0.7 to 0.10'
local code = snippet(marker):gsub('/path/to/ssot%-clangd', os.getenv('SSOT_CLANGD'))
assert(loadstring(code))()

vim.cmd('filetype on')
vim.cmd('edit ' .. os.getenv('SSOT_SOURCE'))
local buf = vim.api.nvim_get_current_buf()
out('filetype:', vim.bo[buf].filetype)

local function ssot_diagnostics()
  return vim.tbl_filter(function(d)
    return d.source == 'clang-tidy'
  end, vim.diagnostic.get(buf))
end

vim.wait(60000, function() return #ssot_diagnostics() > 0 end, 100)
local diags = ssot_diagnostics()
for _, d in ipairs(diags) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  out(string.format('diagnostic: %d:%d %s [%s]', d.lnum + 1, d.col + 1, d.message, tostring(code)))
end
if #diags == 0 then
  out('no ssot diagnostics')
  return
end
if os.getenv('SSOT_SHOW_ONLY') == '1' then
  for _, d in ipairs(diags) do
    out(string.format('severity of %d:%d: %s', d.lnum + 1, d.col + 1,
                      vim.diagnostic.severity[d.severity]))
  end
  return
end

-- The quick fix, as :lua vim.lsp.buf.code_action() asks for it.
local d = diags[1]
local range = {
  start = { line = d.lnum, character = d.col },
  ['end'] = { line = d.end_lnum, character = d.end_col },
}
local lsp_diag = {
  range = range, message = d.message, severity = d.severity, source = d.source,
  code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
}
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = range,
  context = { diagnostics = { lsp_diag } },
}, 60000)
local client_id, response = next(responses or {})
local fix
for _, action in ipairs((response and response.result) or {}) do
  if action.kind == 'quickfix' and action.edit then
    fix = fix or action
  end
end
if not fix then
  out('no quick fix')
  return
end
out('quick fix:', fix.title)
local client = vim.lsp.get_client_by_id(client_id)
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
for _, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  if line:find('env') or line:find('#include') then
    out('buffer:', line)
  end
end
-- The server sees the edit and takes the finding back.
vim.wait(60000, function() return #ssot_diagnostics() == 0 end, 100)
out('after the fix:', #ssot_diagnostics(), 'diagnostics')
end

-- Whatever happens, Neovim exits: an error is printed for FileCheck to see.
local ok, err = pcall(main)
if not ok then
  out('error: ' .. tostring(err))
end
vim.cmd('qa!')
