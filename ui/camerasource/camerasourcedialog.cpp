#include "camerasource/camerasourcedialog.h"

#include "common/uitr.h"

#include <capture/sourcespec.h>

#include <QCameraDevice>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace dojo::ui {

CameraSourceDialog::CameraSourceDialog(const QString &tableName, const QString &source,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Camera of %1").arg(tableName));
    m_kind = new QComboBox(this);
    m_kind->addItems({Tr::tr("No camera"), Tr::tr("A camera on this PC"),
                      Tr::tr("A video file or a folder of images"), Tr::tr("A network stream"),
                      Tr::tr("The simulated table")});
    m_kind->setAccessibleName(Tr::tr("Kind of source"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QLabel(Tr::tr("The table is shown without a picture."), this));
    m_pages->addWidget(cameraPage());
    m_pages->addWidget(filePage());
    m_pages->addWidget(streamPage());
    m_pages->addWidget(simulatedPage());
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setAccessibleName(Tr::tr("Source text"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sourceProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("&Source:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    auto *textForm = new QFormLayout;
    textForm->addRow(Tr::tr("Source &text:"), m_text);
    layout->addLayout(textForm);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        composeText();
    });
    connect(m_text, &QLineEdit::textChanged, this, &CameraSourceDialog::checkText);
    showSource(source);
}

QString CameraSourceDialog::source() const
{
    return m_text->text().trimmed();
}

QWidget *CameraSourceDialog::cameraPage()
{
    auto *page = new QWidget(this);
    m_camera = new QComboBox(page);
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (qsizetype i = 0; i < cameras.size(); ++i)
        m_camera->addItem(cameras[i].description(), QString::number(i));
    if (cameras.isEmpty())
        m_camera->addItem(Tr::tr("No camera is connected to this PC."), QStringLiteral("0"));
    m_cameraSize = new QComboBox(page);
    m_cameraSize->addItem(Tr::tr("The camera's own"), QString());
    for (const char *size : {"1280x720", "1920x1080", "2560x1440", "3840x2160"})
        m_cameraSize->addItem(QString::fromLatin1(size), QString::fromLatin1(size));
    m_cameraFps = new QSpinBox(page);
    m_cameraFps->setRange(0, 240);
    m_cameraFps->setSpecialValueText(Tr::tr("The camera's own"));
    auto *form = new QFormLayout(page);
    form->addRow(Tr::tr("&Camera:"), m_camera);
    form->addRow(Tr::tr("&Picture size:"), m_cameraSize);
    form->addRow(Tr::tr("&Frames per second:"), m_cameraFps);
    connect(m_camera, &QComboBox::currentIndexChanged, this, &CameraSourceDialog::composeText);
    connect(m_cameraSize, &QComboBox::currentIndexChanged, this, &CameraSourceDialog::composeText);
    connect(m_cameraFps, &QSpinBox::valueChanged, this, &CameraSourceDialog::composeText);
    return page;
}

QWidget *CameraSourceDialog::filePage()
{
    auto *page = new QWidget(this);
    m_path = new QLineEdit(page);
    m_path->setAccessibleName(Tr::tr("File or folder"));
    auto *file = new QPushButton(Tr::tr("&File…"), page);
    auto *folder = new QPushButton(Tr::tr("F&older…"), page);
    auto *row = new QHBoxLayout(page);
    row->addWidget(m_path, 1);
    row->addWidget(file);
    row->addWidget(folder);
    connect(m_path, &QLineEdit::textChanged, this, &CameraSourceDialog::composeText);
    connect(file, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, Tr::tr("Video file or image"), m_path->text(),
            Tr::tr("Videos and images (*.avi *.mp4 *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;"
                   "All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getExistingDirectory(this, Tr::tr("Folder of images"), m_path->text());
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    return page;
}

QWidget *CameraSourceDialog::streamPage()
{
    auto *page = new QWidget(this);
    m_url = new QLineEdit(page);
    m_url->setPlaceholderText(QStringLiteral("rtsp://192.168.1.20:554/stream1"));
    auto *form = new QFormLayout(page);
    form->addRow(Tr::tr("&Address:"), m_url);
    connect(m_url, &QLineEdit::textChanged, this, &CameraSourceDialog::composeText);
    return page;
}

QWidget *CameraSourceDialog::simulatedPage()
{
    auto *page = new QWidget(this);
    m_seed = new QSpinBox(page);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_game = new QComboBox(page);
    m_game->addItem(Tr::tr("9-ball"), QStringLiteral("9-ball"));
    m_game->addItem(Tr::tr("8-ball"), QStringLiteral("8-ball"));
    auto *form = new QFormLayout(page);
    form->addRow(Tr::tr("S&eed:"), m_seed);
    form->addRow(Tr::tr("&Game:"), m_game);
    connect(m_seed, &QSpinBox::valueChanged, this, &CameraSourceDialog::composeText);
    connect(m_game, &QComboBox::currentIndexChanged, this, &CameraSourceDialog::composeText);
    return page;
}

// Fills the fields from a stored text, so that the dialog opens on what the table has.
void CameraSourceDialog::showSource(const QString &source)
{
    m_composing = true;
    const Result<capture::SourceSpec> spec = capture::parseSourceSpec(source);
    Page page = NoCamera;
    if (!source.trimmed().isEmpty() && spec) {
        using Kind = capture::SourceSpec::Kind;
        switch (spec->kind) {
        case Kind::Camera:
            page = CameraPage;
            if (const int index = m_camera->findData(spec->camera); index >= 0)
                m_camera->setCurrentIndex(index);
            if (!spec->resolution.isEmpty()) {
                const QString size = QStringLiteral("%1x%2")
                                         .arg(spec->resolution.width())
                                         .arg(spec->resolution.height());
                if (const int index = m_cameraSize->findData(size); index >= 0)
                    m_cameraSize->setCurrentIndex(index);
            }
            m_cameraFps->setValue(int(spec->framesPerSecond));
            break;
        case Kind::Stream:
            page = StreamPage;
            m_url->setText(spec->url.toString());
            break;
        case Kind::VideoFile:
        case Kind::Image:
        case Kind::ImageFolder:
            page = FilePage;
            m_path->setText(spec->path);
            break;
        case Kind::Simulated:
            page = SimulatedPage;
            m_seed->setValue(int(spec->seed));
            m_game->setCurrentIndex(spec->game == QLatin1String("8-ball") ? 1 : 0);
            break;
        }
    }
    m_kind->setCurrentIndex(page);
    m_pages->setCurrentIndex(page);
    m_composing = false;
    m_text->setText(source.trimmed());
    checkText();
}

void CameraSourceDialog::composeText()
{
    if (m_composing)
        return;
    QString text;
    switch (Page(m_kind->currentIndex())) {
    case NoCamera: break;
    case CameraPage: {
        text = QStringLiteral("camera:") + m_camera->currentData().toString();
        QUrlQuery query;
        if (const QString size = m_cameraSize->currentData().toString(); !size.isEmpty())
            query.addQueryItem(QStringLiteral("size"), size);
        if (m_cameraFps->value() > 0)
            query.addQueryItem(QStringLiteral("fps"), QString::number(m_cameraFps->value()));
        if (!query.isEmpty())
            text += QLatin1Char('?') + query.toString();
        break;
    }
    case FilePage: text = m_path->text().trimmed(); break;
    case StreamPage: text = m_url->text().trimmed(); break;
    case SimulatedPage:
        text = QStringLiteral("sim:%1").arg(m_seed->value());
        if (m_game->currentData().toString() != QLatin1String("9-ball"))
            text += QStringLiteral("?game=") + m_game->currentData().toString();
        break;
    }
    m_text->setText(text);
}

void CameraSourceDialog::checkText()
{
    const QString text = source();
    QString problem;
    if (!text.isEmpty()) {
        const Result<capture::SourceSpec> spec = capture::parseSourceSpec(text);
        if (!spec)
            problem = spec.error();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dojo::ui
