#include "app/settings/languagemanager.h"

#include "app/window/datafolders.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Baoku::App {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QString LanguageManager::resolve(const QString &setting)
{
    if (available().contains(setting))
        return setting;
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(u"zh"))
            return u"zh_CN"_s;
        if (name.startsWith(u"en"))
            return u"en"_s;
    }
    return u"en"_s;
}

void LanguageManager::apply(const QString &setting)
{
    const QString language = resolve(setting);
    if (language == m_active)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_active = language;
    if (language == u"zh_CN") {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        if (m_qt.load(u"qt_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        if (loadCatalogue(u"baoku_zh_CN"_s))
            QCoreApplication::installTranslator(&m_app);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (loadCatalogue(u"baoku_en"_s)) // plural forms: "1 issue", "2 issues"
            QCoreApplication::installTranslator(&m_app);
    }
    // Installing or removing a translator sends LanguageChange to every widget, which retranslates.
}

bool LanguageManager::loadCatalogue(const QString &name)
{
    // The compiled catalogues are files (share/baoku/translations when installed), so a packager
    // or translator can replace one without rebuilding; BAOKU_BUILD_TRANSLATIONS is the build tree's.
    const QStringList folders =
        DataFolders::candidates(u"translations"_s, QStringLiteral(BAOKU_BUILD_TRANSLATIONS));
    for (const QString &folder : folders) {
        if (m_app.load(name, folder)) {
            qCInfo(lcDataFolders) << "translation:" << m_app.filePath();
            return true;
        }
    }
    qCWarning(lcDataFolders) << "translation" << name << "not found in" << folders;
    return false;
}

} // namespace Baoku::App
