# Windows installer (CPack WiX). Included by packaging/Packaging.cmake.
set(CPACK_PACKAGE_CONTACT "habeas@invalid")
set(CPACK_GENERATOR "WIX;NSIS")
set(CPACK_WIX_UPGRADE_GUID "6D0C3F31-9E55-4B8E-9A0B-1C5E0F4C7A21")
