// A name twin declared in a header and defined in one file is one finding,
// at its definition, with a note at the header's declaration; a file that
// only includes the header reports nothing for it (the definition's file
// does). (A twin defined in a header is reported in every file including
// it: header.cpp.)
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=DEF -- \
// RUN:   -header-filter=.* -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::net::decode_url'}}" \
// RUN:   -- -std=c++17 -DDEFINE_CLIENT
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=USE -- \
// RUN:   -header-filter=.* -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::net::decode_url'}}" \
// RUN:   -- -std=c++17

#include "Inputs/decode_client.h"

#ifdef DEFINE_CLIENT
std::string Client::decode_url(const std::string &url) {
  std::string out;
  for (char c : url)
    out += c == '+' ? ' ' : c;
  return out;
}
// CHECK-NOTES-DEF: :[[@LINE-6]]:21: warning: function 'decode_url' is a twin of the designated utility 'net::decode_url' (the same name in another scope); call the utility instead [ssot-reimplemented-utility]
// CHECK-NOTES-DEF: Inputs{{[/\\]}}decode_client.h:10:22: note: function 'decode_url' declared here
// CHECK-NOTES-DEF: Inputs{{[/\\]}}decode_client.h:7:13: note: designated utility 'net::decode_url' declared here

std::string Client::decode(const std::string &url) const { return url; }
#else
// Uses only: Client::decode_url's declaration is in the header, its
// definition in another file, which reports it.
std::string use(const Client &C) {
  return Client::decode_url("a+b") + C.decode("c") + net::decode_url("d");
}
#endif

// A forward declaration this file writes itself is reported where it is
// written (the file may be a header opened on its own).
namespace other {
std::string decode_url(const std::string &url);
// CHECK-NOTES-DEF: :[[@LINE-1]]:13: warning: function 'decode_url' is a twin of the designated utility 'net::decode_url' (the same name in another scope); call the utility instead [ssot-reimplemented-utility]
// CHECK-NOTES-DEF: Inputs{{[/\\]}}decode_client.h:7:13: note: designated utility 'net::decode_url' declared here
// CHECK-NOTES-USE: :[[@LINE-3]]:13: warning: function 'decode_url' is a twin of the designated utility 'net::decode_url' (the same name in another scope); call the utility instead [ssot-reimplemented-utility]
// CHECK-NOTES-USE: Inputs{{[/\\]}}decode_client.h:7:13: note: designated utility 'net::decode_url' declared here
}
