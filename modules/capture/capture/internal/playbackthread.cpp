#include "capture/internal/playbackthread.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace dojo::capture::internal {

PlaybackThread *PlaybackThread::launch()
{
    auto *thread = new PlaybackThread;
    thread->start();
    return thread;
}

PlaybackThread::PlaybackThread()
    : m_context(new QObject)
{
    setObjectName(QStringLiteral("dojo-playback"));
    m_context->moveToThread(this);
    // The application keeps a retired thread that has not ended yet, and waits for it last.
    QCoreApplication *application = QCoreApplication::instance();
    if (application && application->thread() == QThread::currentThread())
        setParent(application);
    connect(this, &QThread::finished, m_context, &QObject::deleteLater);
    connect(this, &QThread::finished, this, &QObject::deleteLater);
}

PlaybackThread::~PlaybackThread()
{
    quit();
    wait();
}

void PlaybackThread::retire()
{
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        context,
        [context] {
            // Newest first: what was made later may use what was made before.
            while (!context->children().isEmpty())
                delete context->children().constLast();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
}

} // namespace dojo::capture::internal
