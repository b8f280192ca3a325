#include <cstdio>
int main() { std::puts("rapport"); return 0; }
