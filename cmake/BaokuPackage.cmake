# `cpack` (or `cmake --build build --target package`) makes baoku_VERSION_ARCH.deb from the install
# rules of cmake/BaokuInstall.cmake; docs/packaging.md tells how it is made and checked.
set(BAOKU_PACKAGE_MAINTAINER "Baoku maintainers <maintainers@users.noreply.b-seed-31ae60b7.example>"
    CACHE STRING "Maintainer field of the .deb")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME baoku)
set(CPACK_PACKAGE_VENDOR "The Baoku developers")
set(CPACK_PACKAGE_CONTACT ${BAOKU_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop reader for archives of OCR'd Chinese newspapers")
# Debian wraps nothing: lines of at most 80 columns, as lintian asks.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Baoku imports the OCR text of newspaper issues into an archive on your"
    "computer and lets you browse the issues by date, find articles with exact"
    "Chinese search (Traditional characters find Simplified ones) and read them"
    "comfortably. Articles can be exported as text, PDF or ODT and cited as"
    "GB/T 7714, RIS or BibTeX."
    ""
    "The package holds the desktop app baoku, the command-line tool baoku-cli"
    "and a few sample issues; the user interface is in English and Simplified"
    "Chinese.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Stripped like every Debian binary; the build tree keeps the debug information.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps reads the binaries' libraries: Qt 6, ICU 72, SQLite 3, libstdc++, libc.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Without a CJK font the articles show as boxes, and PDF export asks for Noto Serif CJK SC first;
# Qt's own Chinese texts (dialog buttons) come from qt6-translations-l10n. apt installs both by
# default; they are Recommends so that a user with another CJK font can leave them out.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Debian wants a copyright file and, for a native package, changelog.gz in /usr/share/doc/baoku.
string(TIMESTAMP BAOKU_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC) # honours SOURCE_DATE_EPOCH
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in
    ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz
    COMMAND gzip -9nkf ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog
    VERBATIM)
add_custom_target(baoku_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright
              ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/baoku) # not DOCDIR, which is doc/Baoku

include(CPack)
