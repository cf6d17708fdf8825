#pragma once

#include <core/result.h>

#include <QObject>
#include <QString>

class QSocketNotifier;

namespace dojo::app {

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop, so the venue stops
// the same way it stops from the menu: settings saved, database closed, exit status 0.
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    Result<void> install();

Q_SIGNALS:
    void stopRequested(const QString &signalName);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace dojo::app
