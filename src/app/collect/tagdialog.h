// Tags of the chosen articles: every tag of the archive with a tick where the articles hold it
// (partly ticked when only some do), and a field with completion from the existing tags to add one.
#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;
class QListWidget;

namespace Baoku::App {

class TagDialog final : public QDialog {
    Q_OBJECT
public:
    // held: per tag, how many of the `articles` chosen articles hold it.
    TagDialog(const QStringList &allTags, const QHash<QString, int> &held, int articles, QWidget *parent);

    void addTag(const QString &name); // ticks it, listing it first when it is new
    QStringList added() const;   // to be added to every chosen article
    QStringList removed() const; // to be taken from every chosen article that holds it
    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QLineEdit *m_input;
    QHash<QString, Qt::CheckState> m_initial;
};

} // namespace Baoku::App
