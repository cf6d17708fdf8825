// dojo_qrdecode FILE: prints the text of the QR code in the picture FILE on one line, or why
// there is none on stderr with status 1.
#include "support/qrreading.h"

#include <QImage>
#include <QString>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fputs("usage: dojo_qrdecode FILE.png\n", stderr);
        return 1;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    const QImage image(file);
    if (image.isNull()) {
        std::fprintf(stderr, "dojo_qrdecode: %s is not a picture that can be read.\n", argv[1]);
        return 1;
    }
    const dojo::Result<QString> text = dojo::testsupport::readQrCode(image);
    if (!text) {
        std::fprintf(stderr, "dojo_qrdecode: %s\n", qPrintable(text.error()));
        return 1;
    }
    std::printf("%s\n", text->toUtf8().constData());
    return 0;
}
