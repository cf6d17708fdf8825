#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the dojopool program the way a person or a service manager does, without a display
// and with HOME pointing at a temporary folder and no configuration file, so no test touches
// the real user's data or the venue PC's.
class AppProcess
{
public:
    explicit AppProcess(const QString &home);

    void setEnvironmentValue(const QString &name, const QString &value);

    // Runs to the end (at most timeoutMs) and keeps what it printed.
    bool run(const QStringList &arguments, int timeoutMs = 30000);
    // Starts and waits until stderr shows `readyText`.
    bool start(const QStringList &arguments, const QString &readyText, int timeoutMs = 30000);
    // Until the running program has written `text` on stderr `times` times.
    bool waitForText(const QString &text, int times, int timeoutMs = 30000);
    bool stop(int signalNumber, int timeoutMs = 30000);

    int exitCode() const { return m_exitCode; }
    bool crashed() const { return m_crashed; }
    QString standardOutput() const { return QString::fromUtf8(m_stdout); }
    QString standardError() const { return QString::fromUtf8(m_stderr); }
    QStringList errorLines() const; // stderr without empty lines

private:
    void collect();

    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    int m_exitCode = -1;
    bool m_crashed = false;
};
