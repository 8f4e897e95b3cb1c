# What `cmake --install` puts where, in Debian's layout (GNUInstallDirs): the two programs, their
# manual pages, the desktop entry and AppStream metadata, hicolor icons, the compiled translations
# and the bundled sample issues under share/baoku, which the app finds relative to its binary
# (src/app/datafolders.cpp). cmake/BaokuPackage.cmake turns the same layout into a .deb.
include(GNUInstallDirs)

set(BAOKU_APP_ID io.github.baoku.Baoku) # AppStream id and desktop file name (main.cpp says it too)
set(BAOKU_DATADIR ${CMAKE_INSTALL_DATADIR}/baoku)

install(TARGETS baoku-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/samples/ DESTINATION ${BAOKU_DATADIR}/samples)
# Whole issues (a folder of pages each), imported before the loose samples on a first start.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/issues/ DESTINATION ${BAOKU_DATADIR}/issues)

if(TARGET baoku)
    install(TARGETS baoku RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${BAOKU_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${BAOKU_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    file(GLOB BAOKU_ICONS ${PROJECT_SOURCE_DIR}/resources/icons/baoku-*.png)
    foreach(icon IN LISTS BAOKU_ICONS)
        string(REGEX REPLACE ".*baoku-([0-9]+)\\.png$" "\\1" size ${icon})
        install(FILES ${icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME baoku.png)
    endforeach()
    get_property(BAOKU_QM_FILES GLOBAL PROPERTY BAOKU_QM_FILES) # set by src/app
    install(FILES ${BAOKU_QM_FILES} DESTINATION ${BAOKU_DATADIR}/translations)
endif()

# Manual pages made from --help by help2man (Debian wants one for every program in /usr/bin).
find_program(BAOKU_HELP2MAN help2man)
if(BAOKU_HELP2MAN)
    set(BAOKU_MAN_PAGES)
    set(BAOKU_MAN_baoku-cli "import, search and export archives of OCR'd Chinese newspapers")
    set(BAOKU_MAN_baoku "desktop reader for archives of OCR'd Chinese newspapers")
    foreach(program IN ITEMS baoku-cli baoku)
        if(NOT TARGET ${program})
            continue()
        endif()
        set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${program}.1)
        # Run through PATH so that the usage line names the program, not the build folder.
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
            COMMAND ${CMAKE_COMMAND} -E env "PATH=$<TARGET_FILE_DIR:${program}>:/usr/bin:/bin"
                ${BAOKU_HELP2MAN} --no-info --no-discard-stderr --name ${BAOKU_MAN_${program}}
                --output ${page} ${program}
            COMMAND gzip -9nf ${page}
            DEPENDS ${program}
            VERBATIM)
        list(APPEND BAOKU_MAN_PAGES ${page}.gz)
    endforeach()
    add_custom_target(baoku_man_pages ALL DEPENDS ${BAOKU_MAN_PAGES})
    install(FILES ${BAOKU_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: no manual pages (tools/deps.sh --test installs it)")
endif()
