// A throwaway PostgreSQL cluster for tests, started on first use by tools/pgcluster.sh and stopped
// by stop() or the destructor (a watcher stops it even after a crash). instance() is the one the
// tests of tests/pg share; other tests may hold their own.
#pragma once

#include "core/pg/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QString>

#include <catch2/catch.hpp>

class PgCluster final {
public:
    PgCluster() = default;
    ~PgCluster() { stop(); }
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    static PgCluster &instance()
    {
        static PgCluster cluster;
        return cluster;
    }

    // A new, empty database on the cluster: each test gets its own.
    QString newDatabase()
    {
        start();
        const QString name = QStringLiteral("test%1").arg(++m_databases);
        Baoku::Core::PgConnection admin;
        QString error;
        REQUIRE(admin.open(m_url, &error));
        admin.execScript(QStringLiteral("CREATE DATABASE %1").arg(name).toUtf8().constData());
        return QString(m_url).replace(QStringLiteral("@/baoku?"), QStringLiteral("@/%1?").arg(name));
    }

    QString folder() const { return m_dir; }

    void stop()
    {
        if (m_dir.isEmpty())
            return;
        QProcess::execute(QStringLiteral(BAOKU_PGCLUSTER), {QStringLiteral("stop"), m_dir});
        m_dir.clear();
    }

private:
    void start()
    {
        if (!m_url.isEmpty())
            return;
        // Under /tmp, not in a private temporary folder: as root the cluster runs as nobody,
        // who must be able to reach it.
        static int clusters = 0;
        m_dir = QStringLiteral("/tmp/baoku-pg-%1-%2").arg(QCoreApplication::applicationPid()).arg(++clusters);
        QProcess script;
        script.start(QStringLiteral(BAOKU_PGCLUSTER),
                     {QStringLiteral("start"), m_dir, QString::number(QCoreApplication::applicationPid())});
        REQUIRE(script.waitForFinished(120000));
        INFO(script.readAllStandardError().toStdString());
        REQUIRE(script.exitCode() == 0);
        m_url = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
        REQUIRE(m_url.startsWith(QStringLiteral("postgresql://")));
    }

    QString m_dir;
    QString m_url;
    int m_databases = 0;
};
