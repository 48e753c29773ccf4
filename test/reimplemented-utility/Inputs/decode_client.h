// A class whose static member carries the name of a designated utility of
// another scope; it is defined in name-twin-definition.cpp.
#ifndef DECODE_CLIENT_H
#define DECODE_CLIENT_H
#include <string>
namespace net {
std::string decode_url(const std::string &url); // the utility
}
struct Client {
  static std::string decode_url(const std::string &url);
  // A member that needs an object is another interface: never a twin.
  std::string decode(const std::string &url) const;
};
#endif
