# Mirrors one folder into another for the site build (cmake/web.cmake): copies new and changed
# files and, with DELETE_EXTRA, removes files that are gone from the source.
#   cmake -DSRC=<dir> -DDST=<dir> [-DEXCLUDE=<relative paths, ;-separated>]
#         [-DEXCLUDE_REGEX=<regex over relative paths>] [-DDELETE_EXTRA=ON]
#         [-DKEEP=<relative paths the build writes into DST, ;-separated>] -P cmake/sync_dir.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SRC OR NOT DST)
  message(FATAL_ERROR "sync_dir.cmake needs -DSRC=... and -DDST=...")
endif()
file(GLOB_RECURSE files RELATIVE "${SRC}" "${SRC}/*")
if(EXCLUDE)
  list(REMOVE_ITEM files ${EXCLUDE})
endif()
if(EXCLUDE_REGEX)
  list(FILTER files EXCLUDE REGEX "${EXCLUDE_REGEX}")
endif()
foreach(f IN LISTS files)
  get_filename_component(dir "${DST}/${f}" DIRECTORY)
  file(MAKE_DIRECTORY "${dir}")
  file(COPY_FILE "${SRC}/${f}" "${DST}/${f}" ONLY_IF_DIFFERENT)
endforeach()
if(DELETE_EXTRA AND EXISTS "${DST}")
  file(GLOB_RECURSE existing RELATIVE "${DST}" "${DST}/*")
  foreach(f IN LISTS existing)
    if(NOT f IN_LIST files AND NOT f IN_LIST KEEP)
      file(REMOVE "${DST}/${f}")
    endif()
  endforeach()
endif()
