# -Wnull-dereference is left out: GCC 12 at -O2 reports it inside libstdc++'s
# <streambuf>, for code that cannot dereference null.
# Warnings for our own targets only: third-party headers are included as SYSTEM
# (imported targets), so these flags never judge code we do not own.
add_library(rapport_warnings INTERFACE)
target_compile_options(rapport_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -Wimplicit-fallthrough -Wformat=2)
if(RAPPORT_WERROR)
  target_compile_options(rapport_warnings INTERFACE -Werror)
endif()
