#pragma once

#include "capture/internal/playbacksource.h"
#include "capture/sourcespec.h"

#include <QByteArray>
#include <QMediaDevices>

namespace dojo::capture {

// A camera from QMediaDevices (by index or device id) through QCamera into a QVideoSink, on a
// thread of its own, in the camera format closest to the spec's resolution and frame rate. A
// camera that is not connected, reports an error, is unplugged or goes silent has failed.
class CameraSource final : public internal::PlaybackSource
{
    Q_OBJECT

public:
    static constexpr double kSilenceSeconds = 3.0;
    static constexpr double kOpeningSeconds = 10.0;

    CameraSource(const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock,
                 QObject *parent = nullptr);
    ~CameraSource() override;

protected:
    Result<Build> prepare() override;
    QString silenceProblem(double seconds, bool opening) const override;

private:
    void camerasChanged();

    SourceSpec m_spec;
    QMediaDevices m_devices;
    QByteArray m_deviceId; // the camera playing, to notice when it is unplugged
};

} // namespace dojo::capture
