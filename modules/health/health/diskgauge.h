#pragma once

#include <core/result.h>

#include <QString>

namespace dojo::health {

// The disk holding a folder: its size and the space this process may still write.
struct DiskFigures
{
    long long freeBytes = 0; // available to an unprivileged process (statvfs's f_bavail)
    long long totalBytes = 0;
};

// statvfs() of `folder`; the error says why not in one sentence.
Result<DiskFigures> readDisk(const QString &folder);

} // namespace dojo::health
