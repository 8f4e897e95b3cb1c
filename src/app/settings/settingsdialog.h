// The settings dialog (settingsdialog.ui): language, theme, reader font and zoom.
#pragma once

#include "app/settings/appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Baoku::App {

class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const SettingsValues &values, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    SettingsValues values() const;

private:
    void setValues(const SettingsValues &values);
    void updatePreview();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace Baoku::App
