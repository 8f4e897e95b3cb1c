#include "mainwindow.h"

namespace Baoku::App {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Baoku"));
    resize(1200, 800);
}

} // namespace Baoku::App
