#ifndef BESIDE_NAP_H
#define BESIDE_NAP_H
namespace core {
void careful_nap(int Micros);
} // namespace core
#endif
