#include "capture/camerasource.h"

#include "capture/internal/cameramodes.h"
#include "capture/internal/capturetr.h"
#include "capture/internal/frameoutlet.h"
#include "capture/internal/pictures.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QMediaCaptureSession>
#include <QVideoFrame>
#include <QVideoSink>

#include <optional>
#include <vector>

namespace dojo::capture {

using internal::FrameOutlet;
using internal::Tr;

namespace {

std::optional<QCameraDevice> findCamera(const QList<QCameraDevice> &cameras, const QString &name)
{
    bool isIndex = false;
    const int index = name.toInt(&isIndex);
    if (isIndex)
        return index >= 0 && index < cameras.size() ? std::optional(cameras.at(index))
                                                    : std::nullopt;
    for (const QCameraDevice &camera : cameras) {
        if (QString::fromUtf8(camera.id()) == name)
            return camera;
    }
    return std::nullopt;
}

QCameraFormat closestFormat(const QCameraDevice &camera, const SourceSpec &spec)
{
    if (spec.resolution.isEmpty() && spec.framesPerSecond <= 0.0)
        return {}; // the camera's own choice
    const QList<QCameraFormat> formats = camera.videoFormats();
    std::vector<internal::CameraMode> modes;
    modes.reserve(static_cast<size_t>(formats.size()));
    for (const QCameraFormat &format : formats)
        modes.push_back({format.resolution(), format.minFrameRate(), format.maxFrameRate()});
    const int best = internal::closestCameraMode(modes, spec.resolution, spec.framesPerSecond);
    return best < 0 ? QCameraFormat() : formats.at(best);
}

void film(QObject *context, const std::shared_ptr<FrameOutlet> &outlet, const QCameraDevice &device,
          const QCameraFormat &format, const QString &name)
{
    // Made in the order they are used, deleted newest first: the camera before the session.
    auto *sink = new QVideoSink(context);
    auto *session = new QMediaCaptureSession(context);
    auto *camera = new QCamera(device, context);
    if (!format.isNull())
        camera->setCameraFormat(format);
    session->setVideoSink(sink);
    session->setCamera(camera);
    QObject::connect(sink, &QVideoSink::videoFrameChanged, context,
                     [outlet](const QVideoFrame &frame) {
                         QImage picture = internal::pictureOf(frame);
                         if (!picture.isNull())
                             outlet->pass(std::move(picture));
                     });
    QObject::connect(camera, &QCamera::errorOccurred, context,
                     [outlet, name](QCamera::Error error, const QString &reason) {
                         if (error != QCamera::NoError)
                             outlet->report(SourceState::Failed,
                                            Tr::tr("The camera %1 failed (%2).").arg(name, reason));
                     });
    camera->start();
}

} // namespace

CameraSource::CameraSource(const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock,
                           QObject *parent)
    : PlaybackSource(queue, clock, parent)
    , m_spec(spec)
{
    setWatchdog(kOpeningSeconds, kSilenceSeconds);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraSource::camerasChanged);
}

CameraSource::~CameraSource() = default;

Result<CameraSource::Build> CameraSource::prepare()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    const std::optional<QCameraDevice> camera = findCamera(cameras, m_spec.camera);
    if (!camera)
        return Unexpected(Tr::tr("No camera %1 is connected; this computer has %n camera(s).",
                                 nullptr, static_cast<int>(cameras.size()))
                              .arg(m_spec.camera));
    m_deviceId = camera->id();
    const QCameraFormat format = closestFormat(*camera, m_spec);
    const QCameraDevice device = *camera;
    const QString name = m_spec.camera;
    return Build([device, format, name](QObject *context, std::shared_ptr<FrameOutlet> outlet) {
        film(context, outlet, device, format, name);
    });
}

QString CameraSource::silenceProblem(double seconds, bool opening) const
{
    const QString after = QString::number(seconds);
    return opening ? Tr::tr("The camera %1 sent no picture within %2 seconds.")
                         .arg(m_spec.camera, after)
                   : Tr::tr("The camera %1 has sent no picture for %2 seconds.")
                         .arg(m_spec.camera, after);
}

void CameraSource::camerasChanged()
{
    if (state() != SourceState::Starting && state() != SourceState::Running)
        return;
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        if (camera.id() == m_deviceId)
            return;
    }
    fail(Tr::tr("The camera %1 was disconnected.").arg(m_spec.camera));
}

} // namespace dojo::capture
