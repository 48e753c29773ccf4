#include "util.h"

namespace core {
int reset_cache(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  return v;
}

int step1(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v;
  return v;
}

int step2(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v;
  return v;
}

int step3(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v;
  return v;
}

int step4(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v;
  return v;
}

int step5(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v;
  return v;
}

int step6(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v;
  return v;
}

int step7(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v;
  return v;
}

int step8(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v;
  return v;
}

int step9(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step10(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step11(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step12(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step13(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step14(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step15(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step16(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step17(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step18(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step19(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step20(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step21(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step22(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step23(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step24(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step25(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step26(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step27(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step28(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step29(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step30(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step31(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step32(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step33(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step34(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step35(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step36(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step37(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step38(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step39(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step40(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step41(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step42(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step43(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step44(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step45(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step46(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step47(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step48(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step49(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step50(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step51(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step52(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step53(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step54(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step55(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step56(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step57(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step58(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step59(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step60(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step61(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step62(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step63(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step64(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step65(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step66(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step67(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step68(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}

int step69(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v;
  return v;
}
} // namespace core
