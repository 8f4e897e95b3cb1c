#pragma once

#include <QMainWindow>

namespace Baoku::App {

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Baoku::App
