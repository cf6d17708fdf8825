#pragma once

#include "core/result.h"

#include <QSize>
#include <QString>
#include <QUrl>

namespace dojo::capture {

// Where a table's frames come from, as the venue database stores it per table and the
// `play` command reads it (docs/cameras.md lists every form):
//   camera:N | camera:DEVICE-ID  a camera from QMediaDevices, by index or id
//        ?size=1920x1080&fps=60  optional, on any camera
//   sim:SEED | simulated:SEED    the simulated table, seeded; ?game=8-ball|9-ball&size=9ft
//   rtsp://..., http(s)://...    a network stream
//   PATH (or file:PATH)          a video file (loops), an image, or a folder of images
struct SourceSpec
{
    enum class Kind { Camera, Stream, VideoFile, Image, ImageFolder, Simulated };

    Kind kind = Kind::Simulated;
    QString camera;               // index or device id (Camera)
    QUrl url;                     // Stream; also a local file's URL (VideoFile)
    QString path;                 // VideoFile, Image, ImageFolder
    unsigned long long seed = 1;  // Simulated
    QString game;                 // Simulated: "8-ball" or "9-ball" ("9-ball" when empty)
    QString tableSize;            // Simulated: a table size key ("9ft" when empty)
    QSize resolution;             // wanted; empty: the source's default
    double framesPerSecond = 0.0; // wanted; 0: the source's default
    bool loop = true;             // VideoFile and ImageFolder start again at the end

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

// The spec a table's source text names; a text that names nothing usable is refused with a
// sentence saying what was expected. Whether the file or camera exists is not checked here.
Result<SourceSpec> parseSourceSpec(const QString &text);

// The text that parses back to `spec`.
QString sourceSpecText(const SourceSpec &spec);

} // namespace dojo::capture
