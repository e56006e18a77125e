# Precompiled headers for the MinGW cross build (included from packaging/windows/windows.cmake).
# Most of a cold cross build is g++ parsing the same Qt, standard-library and spdlog/fmt headers
# (fmt is header-only there) in every file; one precompiled header per target parses them once.
# A unity build would do more, but the sources share file-local names (Tr, tr(), qs(), lower())
# across files, so they cannot be concatenated. ccache caches the PCH builds with
# CCACHE_SLOPPINESS=pch_defines,time_macros (scripts/build-windows.sh sets it).
function(ld_windows_precompile)
    # Inside the function: it runs in the top directory's scope, which sees no variable of ours.
    set(ld_pch_core <string> <vector> <map> <set> <optional> <functional> <memory> <chrono> <algorithm>
        <QByteArray> <QString> <QStringList> <QList> <QMap> <QHash> <QObject> <QCoreApplication>
        <QJsonObject> <QJsonArray> <QJsonDocument> <QJsonValue> <spdlog/spdlog.h>)
    set(ld_pch_widgets ${ld_pch_core} <QWidget> <QLabel> <QPushButton> <QBoxLayout> <QWizard> <QWizardPage>)
    foreach(target ld_platform ld_wizard ld_app localhost-doctor)
        if(TARGET ${target})
            target_precompile_headers(${target} PRIVATE ${ld_pch_core})
        endif()
    endforeach()
    if(TARGET ld_ui)
        target_precompile_headers(ld_ui PRIVATE ${ld_pch_widgets})
    endif()
endfunction()
# Deferred to the end of the top directory, when every target exists.
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL ld_windows_precompile)
