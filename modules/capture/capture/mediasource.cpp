#include "capture/mediasource.h"

#include "capture/internal/capturetr.h"
#include "capture/internal/frameoutlet.h"
#include "capture/internal/pictures.h"

#include <QFileInfo>
#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>

#include <memory>

namespace dojo::capture {

using internal::Tr;

namespace {

// What a person reads when the player gives up on the media, one sentence each.
QString unplayableText(bool isStream, const QString &name, const QString &reason)
{
    return isStream ? Tr::tr("The stream %1 failed (%2).").arg(name, reason)
                    : Tr::tr("The video file %1 cannot be played (%2).").arg(name, reason);
}

QString invalidText(bool isStream, const QString &name)
{
    return isStream ? Tr::tr("The stream %1 sends no video DojoPool can play.").arg(name)
                    : Tr::tr("The video file %1 holds no video DojoPool can play.").arg(name);
}

void play(QObject *context, const std::shared_ptr<internal::FrameOutlet> &outlet, const QUrl &url,
          const QString &name, bool isStream, bool loop)
{
    // The sink first, so that the player, made after it, is deleted before it.
    auto *sink = new QVideoSink(context);
    auto *player = new QMediaPlayer(context);
    player->setVideoOutput(sink);
    // GStreamer shows a file's first picture twice, prerolled and then played, with the same
    // start time: only the first is a new frame (a stream's pictures have no start time).
    auto lastStart = std::make_shared<qint64>(-1);
    QObject::connect(sink, &QVideoSink::videoFrameChanged, context,
                     [outlet, lastStart](const QVideoFrame &frame) {
                         if (frame.startTime() >= 0 && frame.startTime() == *lastStart)
                             return;
                         *lastStart = frame.startTime();
                         QImage picture = internal::pictureOf(frame);
                         if (!picture.isNull())
                             outlet->pass(std::move(picture));
                     });
    QObject::connect(player, &QMediaPlayer::errorOccurred, context,
                     [outlet, name, isStream](QMediaPlayer::Error, const QString &reason) {
                         outlet->report(SourceState::Failed,
                                        unplayableText(isStream, name, reason));
                     });
    QObject::connect(player, &QMediaPlayer::mediaStatusChanged, context,
                     [outlet, name, isStream](QMediaPlayer::MediaStatus status) {
                         if (status == QMediaPlayer::InvalidMedia)
                             outlet->report(SourceState::Failed, invalidText(isStream, name));
                         else if (status == QMediaPlayer::EndOfMedia && isStream)
                             outlet->report(SourceState::Failed,
                                            Tr::tr("The stream %1 ended.").arg(name));
                         else if (status == QMediaPlayer::EndOfMedia)
                             outlet->report(SourceState::Finished);
                     });
    player->setLoops(loop && !isStream ? QMediaPlayer::Infinite : QMediaPlayer::Once);
    player->setSource(url);
    player->play();
}

} // namespace

MediaSource::MediaSource(const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock,
                         QObject *parent)
    : PlaybackSource(queue, clock, parent)
    , m_spec(spec)
{
    setWatchdog(kOpeningSeconds, kSilenceSeconds);
}

MediaSource::~MediaSource() = default;

QString MediaSource::name() const
{
    return isStream() ? m_spec.url.toDisplayString(QUrl::RemovePassword) : m_spec.path;
}

Result<MediaSource::Build> MediaSource::prepare()
{
    QUrl url = m_spec.url;
    if (!isStream()) {
        const QFileInfo file(m_spec.path);
        if (!file.exists())
            return Unexpected(Tr::tr("The video file %1 does not exist.").arg(m_spec.path));
        if (!file.isFile() || !file.isReadable())
            return Unexpected(Tr::tr("The video file %1 cannot be read.").arg(m_spec.path));
        if (url.isEmpty())
            url = QUrl::fromLocalFile(file.absoluteFilePath());
    }
    const QString shown = name();
    const bool stream = isStream();
    const bool loop = m_spec.loop;
    return Build([url, shown, stream, loop](QObject *context,
                                            std::shared_ptr<internal::FrameOutlet> outlet) {
        play(context, outlet, url, shown, stream, loop);
    });
}

QString MediaSource::silenceProblem(double seconds, bool opening) const
{
    const QString after = QString::number(seconds);
    if (isStream())
        return opening
                   ? Tr::tr("The stream %1 sent no picture within %2 seconds of opening.")
                         .arg(name(), after)
                   : Tr::tr("The stream %1 has sent no picture for %2 seconds.").arg(name(), after);
    return opening
               ? Tr::tr("The video file %1 showed no picture within %2 seconds.").arg(name(), after)
               : Tr::tr("The video file %1 has shown no picture for %2 seconds.")
                     .arg(name(), after);
}

} // namespace dojo::capture
