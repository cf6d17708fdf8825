#include "capture/sourcespec.h"

#include "capture/internal/capturetr.h"
#include "core/tablespec.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <cmath>
#include <vector>

namespace dojo::capture {

namespace {

using internal::Tr;

constexpr int kLargestSide = 16384;
constexpr double kFastestRate = 1000.0;

struct Option
{
    QString key;
    QString value;
};

bool isImageSuffix(const QString &suffix)
{
    static constexpr std::array<QLatin1String, 9> kSuffixes
        = {QLatin1String("png"), QLatin1String("jpg"),  QLatin1String("jpeg"),
           QLatin1String("bmp"), QLatin1String("ppm"),  QLatin1String("pgm"),
           QLatin1String("tif"), QLatin1String("tiff"), QLatin1String("webp")};
    for (const QLatin1String known : kSuffixes) {
        if (suffix.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "camera", "sim", "http" ...: what stands before the first colon when it looks like a URL
// scheme of two letters or more (a single letter would be a drive).
QString schemeOf(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<std::vector<Option>> readOptions(const QString &source, const QString &query)
{
    std::vector<Option> options;
    if (query.isEmpty())
        return options;
    for (const QString &item : query.split(QLatin1Char('&'))) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Unexpected(
                Tr::tr("The source %1 has the option %2, which is not written as name=value.")
                    .arg(source, item));
        options.push_back({item.left(equals).toLower(), item.mid(equals + 1)});
    }
    return options;
}

Result<QSize> readResolution(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(value);
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (width < 1 || height < 1 || width > kLargestSide || height > kLargestSide)
        return Unexpected(
            Tr::tr("The size %1 is not a width and height in pixels such as 1920x1080.")
                .arg(value));
    return QSize(width, height);
}

Result<double> readRate(const QString &value)
{
    bool ok = false;
    const double rate = value.toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate <= 0.0 || rate > kFastestRate)
        return Unexpected(
            Tr::tr("The frame rate %1 is not a number of frames per second above 0 and up to 1000.")
                .arg(value));
    return rate;
}

Result<bool> readLoop(const QString &value)
{
    const QString word = value.toLower();
    if (word == QLatin1String("yes") || word == QLatin1String("true") || word == QLatin1String("1"))
        return true;
    if (word == QLatin1String("no") || word == QLatin1String("false") || word == QLatin1String("0"))
        return false;
    return Unexpected(Tr::tr("The loop option %1 is neither yes nor no.").arg(value));
}

QString unknownOption(const QString &source, const QString &key)
{
    return Tr::tr("The source %1 does not take the option %2.").arg(source, key);
}

// The picture's size (under `sizeKey`) and frame rate, which cameras and the simulated table
// share; false when the option is neither.
Result<bool> readPictureOption(const Option &option, const QString &sizeKey, SourceSpec &spec)
{
    if (option.key == sizeKey) {
        const Result<QSize> size = readResolution(option.value);
        if (!size)
            return Unexpected(size.error());
        spec.resolution = *size;
        return true;
    }
    if (option.key == QLatin1String("fps")) {
        const Result<double> rate = readRate(option.value);
        if (!rate)
            return Unexpected(rate.error());
        spec.framesPerSecond = *rate;
        return true;
    }
    return false;
}

Result<SourceSpec> readCamera(const QString &source, const QString &rest)
{
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Camera;
    spec.camera = rest.left(question);
    if (spec.camera.isEmpty())
        return Unexpected(Tr::tr("The source %1 names no camera; write camera:0 for the first "
                                 "camera, or camera: followed by the camera's device id.")
                              .arg(source));
    const Result<std::vector<Option>> options
        = readOptions(source, question < 0 ? QString() : rest.mid(question + 1));
    if (!options)
        return Unexpected(options.error());
    for (const Option &option : *options) {
        const Result<bool> read = readPictureOption(option, QStringLiteral("size"), spec);
        if (!read)
            return Unexpected(read.error());
        if (!*read)
            return Unexpected(unknownOption(source, option.key));
    }
    return spec;
}

Result<SourceSpec> readSimulated(const QString &source, const QString &rest)
{
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    const QString seedText = rest.left(question);
    static const QRegularExpression digits(QStringLiteral("^\\d{1,20}$"));
    bool ok = false;
    const unsigned long long seed
        = digits.match(seedText).hasMatch() ? seedText.toULongLong(&ok) : 0;
    if (!ok)
        return Unexpected(Tr::tr("The simulated table's seed %1 is not a whole number from 0 to "
                                 "18446744073709551615.")
                              .arg(seedText));
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Simulated;
    spec.seed = seed;
    const Result<std::vector<Option>> options
        = readOptions(source, question < 0 ? QString() : rest.mid(question + 1));
    if (!options)
        return Unexpected(options.error());
    for (const Option &option : *options) {
        if (option.key == QLatin1String("game")) {
            if (option.value != QLatin1String("8-ball") && option.value != QLatin1String("9-ball"))
                return Unexpected(
                    Tr::tr(
                        "The game %1 is not one the simulated table plays; use 8-ball or 9-ball.")
                        .arg(option.value));
            spec.game = option.value;
        } else if (option.key == QLatin1String("size")) {
            if (!tableSizeFromKey(option.value))
                return Unexpected(
                    Tr::tr("The table size %1 is not known; use 7ft, 8ft, 8ft-oversized or 9ft.")
                        .arg(option.value));
            spec.tableSize = option.value;
        } else {
            const Result<bool> read = readPictureOption(option, QStringLiteral("resolution"), spec);
            if (!read)
                return Unexpected(read.error());
            if (!*read)
                return Unexpected(unknownOption(source, option.key));
        }
    }
    return spec;
}

Result<SourceSpec> readStream(const QString &source)
{
    const QUrl url(source, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Unexpected(Tr::tr("The stream address %1 is not a valid URL.").arg(source));
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Stream;
    spec.url = url;
    return spec;
}

// A path with its options: "clip.avi?loop=no". The options follow the last question mark, when
// what follows it reads as name=value pairs.
Result<SourceSpec> readPath(const QString &source, const QString &rest)
{
    QString path = rest;
    QString query;
    const qsizetype question = rest.lastIndexOf(QLatin1Char('?'));
    if (question >= 0 && rest.indexOf(QLatin1Char('='), question) > question
        && rest.indexOf(QLatin1Char('/'), question) < 0) {
        path = rest.left(question);
        query = rest.mid(question + 1);
    }
    if (path.startsWith(QLatin1String("//"))
        && source.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        path = QUrl(QStringLiteral("file:") + path).toLocalFile();
    if (path.isEmpty())
        return Unexpected(Tr::tr("The source %1 names no file or folder.").arg(source));

    SourceSpec spec;
    if (path.endsWith(QLatin1Char('/')) || QFileInfo(path).isDir()) {
        spec.kind = SourceSpec::Kind::ImageFolder;
        while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
            path.chop(1);
    } else if (isImageSuffix(QFileInfo(path).suffix())) {
        spec.kind = SourceSpec::Kind::Image;
    } else {
        spec.kind = SourceSpec::Kind::VideoFile;
        spec.url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    }
    spec.path = path;

    const Result<std::vector<Option>> options = readOptions(source, query);
    if (!options)
        return Unexpected(options.error());
    const bool takesRate = spec.kind != SourceSpec::Kind::VideoFile;
    const bool takesLoop = spec.kind != SourceSpec::Kind::Image;
    for (const Option &option : *options) {
        if (takesRate && option.key == QLatin1String("fps")) {
            const Result<double> rate = readRate(option.value);
            if (!rate)
                return Unexpected(rate.error());
            spec.framesPerSecond = *rate;
        } else if (takesLoop && option.key == QLatin1String("loop")) {
            const Result<bool> loop = readLoop(option.value);
            if (!loop)
                return Unexpected(loop.error());
            spec.loop = *loop;
        } else {
            return Unexpected(unknownOption(source, option.key));
        }
    }
    return spec;
}

// A path as a source text: with "file:" when it would otherwise read as another kind.
QString pathText(const QString &path)
{
    return schemeOf(path).isEmpty() ? path : QStringLiteral("file:") + path;
}

QString withOptions(const QString &text, const QStringList &options)
{
    return options.isEmpty() ? text : text + QLatin1Char('?') + options.join(QLatin1Char('&'));
}

QString resolutionText(QSize size)
{
    return QString::number(size.width()) + QLatin1Char('x') + QString::number(size.height());
}

} // namespace

Result<SourceSpec> parseSourceSpec(const QString &text)
{
    const QString source = text.trimmed();
    if (source.isEmpty())
        return Unexpected(Tr::tr("The source is empty; name a camera (camera:0), a video file, an "
                                 "image, a folder of images, a stream URL or a simulated table "
                                 "(sim:1)."));
    const QString scheme = schemeOf(source);
    const QString rest = source.mid(scheme.size() + 1);
    if (scheme.isEmpty())
        return readPath(source, source);
    if (scheme == QLatin1String("camera"))
        return readCamera(source, rest);
    if (scheme == QLatin1String("sim") || scheme == QLatin1String("simulated"))
        return readSimulated(source, rest);
    if (scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtsps")
        || scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return readStream(source);
    if (scheme == QLatin1String("file"))
        return readPath(source, rest);
    return Unexpected(Tr::tr("The source %1 starts with %2:, which is no kind of source DojoPool "
                             "knows; use camera:, sim:, rtsp://, http://, https://, file: or a "
                             "path.")
                          .arg(source, scheme));
}

QString sourceSpecText(const SourceSpec &spec)
{
    QStringList options;
    switch (spec.kind) {
    case SourceSpec::Kind::Camera:
        if (spec.resolution.isValid())
            options << QStringLiteral("size=") + resolutionText(spec.resolution);
        if (spec.framesPerSecond > 0.0)
            options << QStringLiteral("fps=") + numberText(spec.framesPerSecond);
        return withOptions(QStringLiteral("camera:") + spec.camera, options);
    case SourceSpec::Kind::Simulated:
        if (!spec.game.isEmpty())
            options << QStringLiteral("game=") + spec.game;
        if (!spec.tableSize.isEmpty())
            options << QStringLiteral("size=") + spec.tableSize;
        if (spec.resolution.isValid())
            options << QStringLiteral("resolution=") + resolutionText(spec.resolution);
        if (spec.framesPerSecond > 0.0)
            options << QStringLiteral("fps=") + numberText(spec.framesPerSecond);
        return withOptions(QStringLiteral("sim:") + QString::number(spec.seed), options);
    case SourceSpec::Kind::Stream: return spec.url.toString();
    case SourceSpec::Kind::VideoFile:
        if (!spec.loop)
            options << QStringLiteral("loop=no");
        return withOptions(pathText(spec.path), options);
    case SourceSpec::Kind::Image:
        if (spec.framesPerSecond > 0.0)
            options << QStringLiteral("fps=") + numberText(spec.framesPerSecond);
        return withOptions(pathText(spec.path), options);
    case SourceSpec::Kind::ImageFolder:
        if (spec.framesPerSecond > 0.0)
            options << QStringLiteral("fps=") + numberText(spec.framesPerSecond);
        if (!spec.loop)
            options << QStringLiteral("loop=no");
        return withOptions(pathText(spec.path.endsWith(QLatin1Char('/'))
                                        ? spec.path
                                        : spec.path + QLatin1Char('/')),
                           options);
    }
    return {};
}

} // namespace dojo::capture
