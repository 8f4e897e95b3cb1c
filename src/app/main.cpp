// baoku: the desktop reader.
#include "mainwindow.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"baoku"_s);
    QApplication::setApplicationDisplayName(u"Baoku"_s);
    QApplication::setOrganizationName(u"baoku"_s);
    QApplication::setApplicationVersion(QStringLiteral(BAOKU_VERSION));
    Baoku::App::MainWindow window;
    window.show();
    return app.exec();
}
