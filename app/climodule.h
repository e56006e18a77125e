#pragma once
// liblocalhost-doctor-cli.so's one entry (Linux, app/corecli.h): runs the whole command line
// (runCommandLine() in app/cli.h) and returns its exit status; a QCoreApplication must exist. The
// caller and the module are built together against the same Qt. The version is in the name: a
// module that does not have it is not called.

#include <QStringList>

extern "C" int ld_cli_main_v1(const QStringList* arguments);
