// Minimal stand-in for Boost.Process's view of the current environment.
#ifndef FAKE_BOOST_PROCESS_H
#define FAKE_BOOST_PROCESS_H
namespace boost::process {
class environment {};
}
namespace boost::this_process {
boost::process::environment environment();
}
#endif
