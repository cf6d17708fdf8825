#pragma once

#include <QThread>

namespace dojo::capture::internal {

// A thread of its own for one source's player, camera or image reader: GStreamer waits up to a
// second on the calling thread when a pipeline stops, and that must never be the GUI thread.
// Made with launch(), ended with retire(), which never waits.
class PlaybackThread final : public QThread
{
public:
    // A running thread; the objects made under context() live on it.
    static PlaybackThread *launch();

    QObject *context() const { return m_context; }

    // Deletes the context's objects on the thread, then lets the thread end and delete itself.
    void retire();

private:
    PlaybackThread();
    // Only when the application ends with the thread still tearing down does this wait.
    ~PlaybackThread() override;

    QObject *m_context;
};

} // namespace dojo::capture::internal
