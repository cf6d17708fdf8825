#include "capture/imagesource.h"

#include "capture/internal/capturetr.h"
#include "capture/internal/frameoutlet.h"
#include "capture/internal/pictures.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace dojo::capture {

using internal::FrameOutlet;
using internal::Tr;

namespace {

const QStringList &imageNameFilters()
{
    static const QStringList filters
        = {QStringLiteral("*.png"), QStringLiteral("*.jpg"),  QStringLiteral("*.jpeg"),
           QStringLiteral("*.bmp"), QStringLiteral("*.ppm"),  QStringLiteral("*.pgm"),
           QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.webp")};
    return filters;
}

QString unreadableText(const QString &path)
{
    return Tr::tr("The image %1 cannot be read.").arg(path);
}

QImage readImage(const QString &path)
{
    return internal::asRgb32(QImage(path));
}

// Name order as a person reads it, numbers by their value: frame2 before frame10. (QCollator's
// numeric mode needs ICU and a locale, which a venue PC under the C locale may lack.)
bool readsBefore(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a[endA].isDigit())
                ++endA;
            while (endB < b.size() && b[endB].isDigit())
                ++endB;
            // Leading zeros aside, a longer number is larger; equal lengths compare digitwise.
            QStringView numberA = QStringView(a).sliced(i, endA - i);
            QStringView numberB = QStringView(b).sliced(j, endB - j);
            while (numberA.size() > 1 && numberA.front() == QLatin1Char('0'))
                numberA = numberA.sliced(1);
            while (numberB.size() > 1 && numberB.front() == QLatin1Char('0'))
                numberB = numberB.sliced(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            i = endA;
            j = endB;
            continue;
        }
        const QChar x = a[i].toLower();
        const QChar y = b[j].toLower();
        if (x != y)
            return x < y;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b;
}

// The folder's images in the order a person reads their names.
QStringList imagesIn(const QString &folder)
{
    QDir dir(folder);
    QStringList names = dir.entryList(imageNameFilters(), QDir::Files, QDir::NoSort);
    std::sort(names.begin(), names.end(), readsBefore);
    QStringList paths;
    paths.reserve(names.size());
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QTimer *paceTimer(QObject *context, double framesPerSecond)
{
    auto *timer = new QTimer(context);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(std::max(1, static_cast<int>(std::lround(1000.0 / framesPerSecond))));
    return timer;
}

void showStill(QObject *context, const std::shared_ptr<FrameOutlet> &outlet, const QString &path,
               double framesPerSecond)
{
    const QImage image = readImage(path);
    if (image.isNull()) {
        outlet->report(SourceState::Failed, unreadableText(path));
        return;
    }
    QTimer *timer = paceTimer(context, framesPerSecond);
    // The same pixels every time: the queue shares them, nothing is copied.
    QObject::connect(timer, &QTimer::timeout, context, [outlet, image] { outlet->pass(image); });
    outlet->pass(image);
    timer->start();
}

void playFolder(QObject *context, const std::shared_ptr<FrameOutlet> &outlet, const QString &folder,
                double framesPerSecond, bool loop)
{
    const QStringList paths = imagesIn(folder);
    if (paths.isEmpty()) {
        outlet->report(SourceState::Failed,
                       Tr::tr("The folder %1 holds no images (png, jpg, jpeg, bmp, ppm, pgm, tif, "
                              "tiff or webp).")
                           .arg(folder));
        return;
    }
    QTimer *timer = paceTimer(context, framesPerSecond);
    auto next = std::make_shared<qsizetype>(0);
    auto showNext = [outlet, paths, loop, timer, next] {
        if (*next == paths.size()) {
            if (!loop) {
                timer->stop();
                outlet->report(SourceState::Finished);
                return;
            }
            *next = 0;
        }
        QImage image = readImage(paths.at(*next));
        if (image.isNull()) {
            timer->stop();
            outlet->report(SourceState::Failed, unreadableText(paths.at(*next)));
            return;
        }
        ++*next;
        outlet->pass(std::move(image));
    };
    QObject::connect(timer, &QTimer::timeout, context, showNext);
    timer->start();
    showNext();
}

} // namespace

ImageSource::ImageSource(const SourceSpec &spec, FrameQueue &queue, const QElapsedTimer &clock,
                         QObject *parent)
    : PlaybackSource(queue, clock, parent)
    , m_spec(spec)
{
}

ImageSource::~ImageSource() = default;

Result<ImageSource::Build> ImageSource::prepare()
{
    const QString path = m_spec.path;
    const double rate
        = m_spec.framesPerSecond > 0.0 ? m_spec.framesPerSecond : kDefaultFramesPerSecond;
    if (m_spec.kind == SourceSpec::Kind::ImageFolder) {
        if (!QFileInfo(path).isDir())
            return Unexpected(Tr::tr("The folder %1 does not exist.").arg(path));
        const bool loop = m_spec.loop;
        return Build([path, rate, loop](QObject *context, std::shared_ptr<FrameOutlet> outlet) {
            playFolder(context, outlet, path, rate, loop);
        });
    }
    if (!QFileInfo::exists(path))
        return Unexpected(Tr::tr("The image %1 does not exist.").arg(path));
    return Build([path, rate](QObject *context, std::shared_ptr<FrameOutlet> outlet) {
        showStill(context, outlet, path, rate);
    });
}

QString ImageSource::silenceProblem(double, bool) const
{
    return {}; // images have no watchdog: they are read here, not waited for
}

} // namespace dojo::capture
