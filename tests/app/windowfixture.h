// The main window on a fresh test archive, in English with no saved position: the start of the
// app tests that drive the real window.
#pragma once

#include "testarchive.h"

#include "app/settings/appsettings.h"
#include "app/settings/languagemanager.h"
#include "app/window/mainwindow.h"
#include "windowwait.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace Baoku::Tests {

struct WindowFixture {
    QTemporaryDir dir;
    QString path = createTestArchive(dir.path());
    App::LanguageManager languages;
    std::unique_ptr<App::MainWindow> window;

    WindowFixture()
    {
        App::AppSettings::instance().setLast(-1, -1);
        languages.apply(QStringLiteral("en"));
        window = std::make_unique<App::MainWindow>(path, &languages);
        window->show();
        QString error;
        if (!openArchiveAndWait(*window, &error))
            FAIL(error.toStdString());
    }
};

} // namespace Baoku::Tests
