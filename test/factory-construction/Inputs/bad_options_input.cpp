struct Widget {};

Widget make() { return Widget(); }
