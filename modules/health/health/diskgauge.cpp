#include "health/diskgauge.h"

#include "health/internal/healthtr.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/statvfs.h>

namespace dojo::health {

using internal::Tr;

Result<DiskFigures> readDisk(const QString &folder)
{
    struct statvfs disk
    {
    };
    if (statvfs(QFile::encodeName(folder).constData(), &disk) != 0) {
        const int error = errno;
        return Unexpected(Tr::tr("cannot tell the free space of %1: %2")
                              .arg(QDir::toNativeSeparators(folder),
                                   QString::fromLocal8Bit(std::strerror(error))));
    }
    return DiskFigures{
        static_cast<long long>(disk.f_bavail) * static_cast<long long>(disk.f_frsize),
        static_cast<long long>(disk.f_blocks) * static_cast<long long>(disk.f_frsize)};
}

} // namespace dojo::health
