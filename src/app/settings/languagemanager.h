// Installs Baoku's and Qt's translators for the chosen UI language and switches them at run time.
#pragma once

#include <QObject>
#include <QTranslator>

namespace Baoku::App {

class LanguageManager final : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // setting: "" follows the system locale, "en" or "zh_CN" choose one.
    void apply(const QString &setting);
    QString activeLanguage() const { return m_active; } // "en" or "zh_CN"
    static QString resolve(const QString &setting);
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }

private:
    bool loadCatalogue(const QString &name); // baoku_en or baoku_zh_CN into m_app

    QTranslator m_app;
    QTranslator m_qt;
    QString m_active;
};

} // namespace Baoku::App
