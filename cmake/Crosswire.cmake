# Helpers shared by every module's CMakeLists.txt.

# Where tests find the project's fixtures and the optional shared data sets.
set(CROSSWIRE_SOURCE_DIR "${CMAKE_SOURCE_DIR}")
get_filename_component(CROSSWIRE_DEFAULT_SHARED_DATA "${CMAKE_SOURCE_DIR}/../shared/data" ABSOLUTE)

add_library(crosswire_warnings INTERFACE)
target_compile_options(crosswire_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow)
# g++ 12 reports a false -Wrestrict inside std::string for `"literal" + str`
# at -O2 (GCC bug 105329); it is no finding of ours, so it is off for g++ < 13.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(crosswire_warnings INTERFACE -Wno-restrict)
endif()
if(CROSSWIRE_WERROR)
  target_compile_options(crosswire_warnings INTERFACE -Werror)
endif()
if(CROSSWIRE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(CROSSWIRE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CROSSWIRE_FUZZ needs clang (libFuzzer): use the fuzz preset")
  endif()
  # Every library gets coverage for the fuzzer and both sanitizers; UB aborts
  # so that libFuzzer records it as a finding.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                      -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
  # libstdc++ 12 enables <expected> only when __cpp_concepts >= 202002L.
  # clang 16 implements what it needs (conditionally trivial destructors,
  # P0848) but still reports 201907L, so the fuzz build says so itself.
  if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 19)
    add_compile_options(-U__cpp_concepts -D__cpp_concepts=202002L -Wno-builtin-macro-redefined)
  endif()
endif()

# crosswire_module(NAME SOURCES ... DEPS ...): the static library crosswire_NAME.
function(crosswire_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(crosswire_${name} STATIC ${ARG_SOURCES})
  target_include_directories(crosswire_${name}
    PUBLIC ${CMAKE_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(crosswire_${name} PUBLIC ${ARG_DEPS} PRIVATE crosswire_warnings)
endfunction()

# crosswire_internals(TARGET MODULE): lets a white-box benchmark, fuzzer or
# test outside src/MODULE include that module's internal headers. Each use is a
# declared exception to "a module sees only its own folder and include/"
# (docs/architecture.md); grep for it to see them all.
function(crosswire_internals target module)
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/src/${module})
endfunction()

# Fixtures shared by tests of several modules (tests/support/): story
# builders, the CLI runner. Tests get them from here, never by relative paths.
add_library(crosswire_testing INTERFACE)
target_include_directories(crosswire_testing INTERFACE ${CMAKE_SOURCE_DIR}/tests/support)

# crosswire_test(NAME SOURCES ... DEPS ...): a GoogleTest binary registered with CTest.
# Tests get CROSSWIRE_SOURCE_DIR (fixtures under testdata/) and CROSSWIRE_SHARED_DATA
# (../shared/data; tests that need it skip themselves, saying why, when it is absent).
function(crosswire_test name)
  if(NOT CROSSWIRE_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} crosswire_testing GTest::gtest GTest::gtest_main
                        crosswire_warnings)
  target_compile_definitions(${name} PRIVATE
    CROSSWIRE_SOURCE_DIR="${CROSSWIRE_SOURCE_DIR}"
    CROSSWIRE_SHARED_DATA="${CROSSWIRE_DEFAULT_SHARED_DATA}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 600)
endfunction()

# crosswire_forbid_links(TARGET FORBIDDEN...): fails the configure step when
# TARGET links, directly or through its dependencies, any FORBIDDEN target.
# It keeps the module arrows of docs/architecture.md true.
function(crosswire_forbid_links target)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen OR NOT TARGET ${current})
      continue()
    endif()
    list(APPEND seen ${current})
    get_target_property(links ${current} LINK_LIBRARIES)
    get_target_property(interface_links ${current} INTERFACE_LINK_LIBRARIES)
    foreach(dep IN LISTS links interface_links)
      if(dep AND TARGET ${dep})
        list(APPEND queue ${dep})
      endif()
    endforeach()
  endwhile()
  foreach(forbidden ${ARGN})
    if(forbidden IN_LIST seen)
      message(FATAL_ERROR "${target} must not link ${forbidden} (docs/architecture.md)")
    endif()
  endforeach()
endfunction()

# crosswire_dependency(NAME SHARED <item>... STATIC <archive name>... [STATIC_EXTRA <item>...]):
# the INTERFACE target crosswire_dep_NAME, which modules link instead of the
# third-party library itself. It links SHARED (an imported target or a path),
# except into a target whose property CROSSWIRE_STATIC_DEPS is ON (the command-line
# executables, see cli/CMakeLists.txt) and only when every STATIC archive is
# installed: then the archives, followed by STATIC_EXTRA (what they need in turn).
# Why: a process that maps twenty shared libraries spends about half of a
# 10-article report starting up (dynamic loading, relocation, page faults);
# tests and benchmarks keep the shared libraries, which link faster.
function(crosswire_dependency name)
  cmake_parse_arguments(ARG "" "" "SHARED;STATIC;STATIC_EXTRA" ${ARGN})
  add_library(crosswire_dep_${name} INTERFACE)
  set(archives "")
  set(found ON)
  if(NOT CROSSWIRE_STATIC_DEPS)
    set(found OFF)
  endif()
  foreach(archive IN LISTS ARG_STATIC)
    string(MAKE_C_IDENTIFIER "CROSSWIRE_ARCHIVE_${archive}" var)
    find_library(${var} NAMES ${archive})
    if(NOT ${var})
      set(found OFF)
    endif()
    list(APPEND archives ${${var}})
  endforeach()
  # Compile-time usage (include directories) always comes from the shared target.
  foreach(item IN LISTS ARG_SHARED)
    if(TARGET ${item})
      target_include_directories(crosswire_dep_${name} SYSTEM INTERFACE
        $<TARGET_PROPERTY:${item},INTERFACE_INCLUDE_DIRECTORIES>)
    endif()
  endforeach()
  if(NOT found)
    target_link_libraries(crosswire_dep_${name} INTERFACE ${ARG_SHARED})
    return()
  endif()
  set(static "$<BOOL:$<TARGET_PROPERTY:CROSSWIRE_STATIC_DEPS>>")
  foreach(item IN LISTS ARG_SHARED)
    target_link_libraries(crosswire_dep_${name} INTERFACE "$<$<NOT:${static}>:${item}>")
  endforeach()
  foreach(item IN LISTS archives ARG_STATIC_EXTRA)
    target_link_libraries(crosswire_dep_${name} INTERFACE "$<${static}:${item}>")
  endforeach()
endfunction()
