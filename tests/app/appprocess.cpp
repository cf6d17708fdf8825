#include "appprocess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

#include <csignal>

AppProcess::AppProcess(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_DATA_HOME",
                             "XDG_CONFIG_HOME", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // Never the venue PC's /etc/dojopool/dojopool.conf: set but empty, no file is read.
    environment.insert(QStringLiteral("DOJOPOOL_CONFIG"), QString());
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(QStringLiteral(DOJO_APP_PATH));
}

void AppProcess::setEnvironmentValue(const QString &name, const QString &value)
{
    QProcessEnvironment environment = m_process.processEnvironment();
    environment.insert(name, value);
    m_process.setProcessEnvironment(environment);
}

bool AppProcess::run(const QStringList &arguments, int timeoutMs)
{
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        collect();
        return false;
    }
    collect();
    return true;
}

bool AppProcess::start(const QStringList &arguments, const QString &readyText, int timeoutMs)
{
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        m_stderr += m_process.readAllStandardError();
        m_stdout += m_process.readAllStandardOutput();
        if (QString::fromUtf8(m_stderr).contains(readyText))
            return true;
        if (m_process.state() == QProcess::NotRunning) {
            collect();
            return false;
        }
    }
    return false;
}

bool AppProcess::waitForText(const QString &text, int times, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_stderr += m_process.readAllStandardError();
        m_stdout += m_process.readAllStandardOutput();
        if (QString::fromUtf8(m_stderr).count(text) >= times)
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(100);
    }
    return false;
}

bool AppProcess::stop(int signalNumber, int timeoutMs)
{
    ::kill(static_cast<pid_t>(m_process.processId()), signalNumber);
    const bool finished = m_process.waitForFinished(timeoutMs);
    if (!finished) {
        m_process.kill();
        m_process.waitForFinished();
    }
    collect();
    return finished;
}

void AppProcess::collect()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
    m_exitCode = m_process.exitCode();
    m_crashed = m_process.exitStatus() == QProcess::CrashExit;
}

QStringList AppProcess::errorLines() const
{
    return standardError().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
