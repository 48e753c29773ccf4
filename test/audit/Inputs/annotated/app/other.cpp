// Names nothing designated: not parsed by the recording pass.
int other() { return 1; }
