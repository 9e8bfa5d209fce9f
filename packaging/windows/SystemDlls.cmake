# Windows' own DLLs, never shipped in the MSI: the API sets (api-ms-win-*,
# ext-ms-*), which the loader maps, matched on the name (in lower case, as
# file(GET_RUNTIME_DEPENDENCIES) gives it); and anything found in the Windows
# folder (System32 and the rest), matched on the path. Read by Wix.cmake at
# configure time and by InstallPluginDependencies.cmake at install time.
set(HABEAS_SYSTEM_DLL_NAMES "^api-ms-" "^ext-ms-")
set(HABEAS_SYSTEM_DLL_PATHS "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
