#include "ui/documents/IdentityPanel.h"

#include "core/accounts/Session.h"
#include "core/crypto/Wipe.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/documents/IdentityImage.h"
#include "core/requests/Request.h"
#include "core/requests/Workflow.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace habeas {

namespace {

// Images, and PDF (of which the first page is kept).
const QStringList ScanSuffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                               QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
                               QStringLiteral("pdf")};

// The local scan file (an image or a PDF) a drop or a paste carries, if any.
QString localScanFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    const QList<QUrl> urls = data->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return {};
    const QString path = urls.front().toLocalFile();
    return ScanSuffixes.contains(QFileInfo(path).suffix().toLower()) ? path : QString();
}

// An image handed over in memory (a scanner's or a viewer's copy), encoded
// as PNG in memory: nothing is written to the disk.
QByteArray encodedInMemory(const QImage &shared)
{
    // A copy of our own, wiped after; the clipboard's stays the clipboard's
    // (cleared after the capture). The buffer is reserved at more than the
    // PNG can take, so no reallocation leaves a partial copy behind.
    QImage image = shared.copy();
    QByteArray bytes;
    bytes.reserve(qsizetype(image.sizeInBytes()) + 64 * 1024);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    wipeImage(image);
    return bytes;
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

// Holds the decrypted image and draws it at the view's scale; nothing else
// holds its pixels. Wiped by clear() and when destroyed.
class IdentityImageView::Canvas final : public QWidget {
public:
    explicit Canvas(QWidget *parent) : QWidget(parent) { setContextMenuPolicy(Qt::PreventContextMenu); }
    ~Canvas() override { wipe(); }

    void wipe()
    {
        wipeImage(image);
        image = QImage();
    }

    QImage image;

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (image.isNull())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(rect(), image);
    }
};

IdentityImageView::IdentityImageView(QWidget *parent) : QScrollArea(parent)
{
    setAccessibleName(tr("Copy of the identity document"));
    setObjectName(QStringLiteral("identityImage"));
    setContextMenuPolicy(Qt::PreventContextMenu);
    setAlignment(Qt::AlignCenter);
    setWidgetResizable(false);
    setMinimumHeight(160);
    m_canvas = new Canvas(this);
    setWidget(m_canvas);
    relayout();
}

IdentityImageView::~IdentityImageView() = default;

bool IdentityImageView::hasImage() const
{
    return !m_canvas->image.isNull();
}

void IdentityImageView::setImage(QImage image)
{
    clear();
    m_canvas->image = std::move(image);
    m_zoom = 1.0;
    relayout();
}

void IdentityImageView::clear()
{
    m_canvas->wipe();
    m_zoom = 1.0;
    relayout();
}

double IdentityImageView::scale() const
{
    const QImage &image = m_canvas->image;
    if (image.isNull())
        return 0;
    const QSize room = viewport()->size() - QSize(4, 4);
    const double fit = std::min(double(room.width()) / image.width(), double(room.height()) / image.height());
    return std::clamp(fit, 0.02, 1.0) * m_zoom;
}

void IdentityImageView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 1.0, 16.0);
    relayout();
}

void IdentityImageView::relayout()
{
    const QImage &image = m_canvas->image;
    if (image.isNull()) {
        m_canvas->resize(0, 0);
        m_canvas->update();
        return;
    }
    const double factor = scale();
    m_canvas->resize(std::max(1, int(image.width() * factor)), std::max(1, int(image.height() * factor)));
    m_canvas->update();
}

void IdentityImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void IdentityImageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

IdentityPanel::IdentityPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_mayView(session.can(Permission::ViewIdentityDocuments))
{
    // The copy on the left, taking the room; what is known of it, the checks
    // and the capture on the right, scrolling on a small screen.
    auto *root = new QHBoxLayout(this);
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *side = new QScrollArea(this);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setFocusPolicy(Qt::NoFocus); // its fields scroll into view as they take the focus
    side->setWidget(column);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setAccessibleName(tr("Identity document"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_captureBox = new QGroupBox(tr("Capture a copy"), this);
    auto *capture = new QVBoxLayout(m_captureBox);
    auto *kindForm = new QFormLayout;
    m_kind = new QComboBox(m_captureBox);
    m_kind->setEditable(true);
    m_kind->setAccessibleName(tr("Kind of document"));
    m_kind->addItems({tr("Identity card"), tr("Passport"), tr("Residence permit"), tr("Driving licence")});
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    kindForm->addRow(tr("&Kind of document:"), m_kind);
    capture->addLayout(kindForm);
    auto *buttons = new QHBoxLayout;
    m_fromFile = new QPushButton(tr("From a file…"), m_captureBox);
    m_paste = new QPushButton(tr("Paste the scan"), m_captureBox);
    m_paste->setToolTip(tr("Paste an image or a scanned file copied to the clipboard (Ctrl+V)"));
    buttons->addWidget(m_fromFile);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    capture->addLayout(buttons);
    m_dropHint = new QLabel(tr("Or drop the scan on this tab. Scan straight into a folder of your own on this computer, "
                               "never a shared one: the file stays in clear until it is deleted."),
                            m_captureBox);
    m_dropHint->setWordWrap(true);
    capture->addWidget(m_dropHint);
    m_deleteSource = new QCheckBox(tr("&Delete the scanned file once the copy is saved"), m_captureBox);
    m_deleteSource->setChecked(true);
    capture->addWidget(m_deleteSource);
    connect(m_fromFile, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFile(this, tr("Scan of the identity document"), QDir::homePath(),
                                                  tr("Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)"));
        if (!path.isEmpty())
            captureFile(path);
    });
    connect(m_paste, &QPushButton::clicked, this, [this] { captureClipboard(); });
    auto *pasteKey = new QShortcut(QKeySequence::Paste, m_captureBox, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(pasteKey, &QShortcut::activated, this, [this] {
        // Ctrl+V in the kind's field pastes text there.
        if (m_kind->hasFocus() && QGuiApplication::clipboard()->mimeData()->hasText()
            && !QGuiApplication::clipboard()->mimeData()->hasImage())
            m_kind->lineEdit()->paste();
        else
            captureClipboard();
    });

    m_copyBox = new QGroupBox(tr("The copy"), this);
    auto *copy = new QVBoxLayout(m_copyBox);
    auto *viewButtons = new QHBoxLayout;
    m_show = new QPushButton(tr("Show &the copy"), m_copyBox);
    m_show->setToolTip(tr("Each showing is recorded in the audit log."));
    m_hide = new QPushButton(tr("Hide"), m_copyBox);
    m_fit = new QPushButton(tr("Fit"), m_copyBox);
    m_zoomIn = new QPushButton(tr("Zoom in"), m_copyBox);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++, or Ctrl and the mouse wheel)"));
    m_zoomOut = new QPushButton(tr("Zoom out"), m_copyBox);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    for (QPushButton *button : {m_show, m_hide, m_fit, m_zoomIn, m_zoomOut})
        viewButtons->addWidget(button);
    viewButtons->addStretch(1);
    copy->addLayout(viewButtons);
    m_viewer = new IdentityImageView(m_copyBox);
    copy->addWidget(m_viewer, 1);
    root->addWidget(m_copyBox, 3);
    root->addWidget(side, 2);
    connect(m_show, &QPushButton::clicked, this, [this] { showImage(); });
    connect(m_hide, &QPushButton::clicked, this, &IdentityPanel::hideImage);
    connect(m_fit, &QPushButton::clicked, this, [this] { m_viewer->setZoom(1.0); });
    connect(m_zoomIn, &QPushButton::clicked, this, [this] { m_viewer->zoomIn(); });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { m_viewer->zoomOut(); });

    m_checkBox = new QGroupBox(tr("Verification"), this);
    auto *checkLayout = new QVBoxLayout(m_checkBox);
    m_photograph = new QCheckBox(tr("The holder's photograph is on it"), m_checkBox);
    m_name = new QCheckBox(tr("The name is the requester's"), m_checkBox);
    auto *birth = new QVBoxLayout;
    m_birthMatches = new QRadioButton(tr("The date of birth matches"), m_checkBox);
    m_birthUnknown = new QRadioButton(tr("The date of birth is not known to the office"), m_checkBox);
    m_birth = new QButtonGroup(this);
    m_birth->addButton(m_birthMatches);
    m_birth->addButton(m_birthUnknown);
    birth->addWidget(m_birthMatches);
    birth->addWidget(m_birthUnknown);
    m_valid = new QCheckBox(tr("The document is still valid"), m_checkBox);
    checkLayout->addWidget(m_photograph);
    checkLayout->addWidget(m_name);
    checkLayout->addLayout(birth);
    checkLayout->addWidget(m_valid);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addStretch(1);
    m_verify = new QPushButton(tr("Mark as v&erified"), m_checkBox);
    verifyRow->addWidget(m_verify);
    checkLayout->addLayout(verifyRow);
    layout->addWidget(m_checkBox);
    layout->addWidget(m_captureBox);
    connect(m_verify, &QPushButton::clicked, this, [this] { markVerified(); });
    const auto updateVerify = [this] { m_verify->setEnabled(checks().complete() && mayCapture()); };
    for (QCheckBox *box : {m_photograph, m_name, m_valid})
        connect(box, &QCheckBox::toggled, this, updateVerify);
    connect(m_birth, &QButtonGroup::buttonToggled, this, updateVerify);

    m_recordBox = new QGroupBox(tr("Record of destruction"), this);
    auto *record = new QVBoxLayout(m_recordBox);
    m_record = new QLabel(m_recordBox);
    m_record->setObjectName(QStringLiteral("destructionRecord"));
    m_record->setAccessibleName(tr("Record of destruction"));
    m_record->setWordWrap(true);
    m_record->setTextFormat(Qt::PlainText);
    m_record->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    record->addWidget(m_record);
    layout->addWidget(m_recordBox);
    layout->addStretch(1);
    // The tab order follows the eye: the copy, its checks, then the capture.
    const QList<QWidget *> order{m_show,     m_hide,           m_fit,      m_zoomIn, m_zoomOut, m_viewer,
                                 m_photograph, m_name,         m_birthMatches, m_birthUnknown, m_valid, m_verify,
                                 m_kind,     m_fromFile,       m_paste,    m_deleteSource};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    // The side column never clips: it is as wide as its widest line.
    side->setMinimumWidth(column->minimumSizeHint().width() + side->verticalScrollBar()->sizeHint().width());
    clear();
}

IdentityCopy IdentityPanel::copy() const
{
    if (!m_document)
        return IdentityCopy::None;
    return m_document->verifiedOn.isValid() ? IdentityCopy::Verified : IdentityCopy::Held;
}

bool IdentityPanel::mayCapture() const
{
    return m_requestId != 0 && !m_ended && m_session.can(Permission::HandleRequests);
}

void IdentityPanel::display(const Request &request)
{
    if (request.id != m_requestId)
        m_viewer->clear();
    m_requestId = request.id;
    m_reference = request.reference;
    m_ended = Workflow::isEnd(request.state);
    refresh();
}

void IdentityPanel::clear()
{
    m_viewer->clear();
    m_requestId = 0;
    m_reference.clear();
    m_ended = false;
    m_document.reset();
    refresh();
}

void IdentityPanel::hideImage()
{
    m_viewer->clear();
    showViewButtons();
}

void IdentityPanel::showViewButtons()
{
    // No call on the session here: a hide event may come while the window
    // is being destroyed, after its session.
    m_show->setVisible(!m_viewer->hasImage());
    m_show->setEnabled(m_document && m_mayView);
    m_hide->setVisible(m_viewer->hasImage());
    for (QPushButton *button : {m_fit, m_zoomIn, m_zoomOut})
        button->setEnabled(m_viewer->hasImage());
}

void IdentityPanel::hideEvent(QHideEvent *event)
{
    // Another tab, another page, a minimised window: the copy goes, and
    // showing it again is another audited view.
    hideImage();
    QWidget::hideEvent(event);
}

void IdentityPanel::refresh()
{
    m_document.reset();
    std::optional<DestructionRecord> destruction;
    QString problem;
    if (m_requestId != 0) {
        IdentityDocumentService documents(m_session);
        if (auto described = documents.describe(m_requestId))
            m_document = std::move(described).value();
        else
            problem = described.error().message;
        if (auto record = documents.destruction(m_requestId))
            destruction = *record;
        else
            problem = record.error().message;
    }
    if (!m_document)
        m_viewer->clear();

    QStringList status;
    if (m_requestId == 0) {
        status << tr("No request open.");
    } else if (!problem.isEmpty()) {
        status << problem;
    } else if (m_document) {
        status << tr("A copy (%1) was captured by %2 on %3.")
                      .arg(m_document->kind, m_document->capturedBy,
                           QLocale().toString(m_document->capturedAt.toLocalTime(), QLocale::ShortFormat));
        status << (m_document->verifiedOn.isValid()
                       ? tr("Verified by %1 on %2.").arg(m_document->verifiedBy, longDate(m_document->verifiedOn))
                       : tr("Not verified yet."));
        status << tr("It is destroyed when the request ends.");
    } else if (m_ended) {
        status << (destruction ? tr("The request has ended: its copy of the identity document was destroyed.")
                               : tr("The request has ended; no copy of an identity document was kept for it."));
    } else {
        status << tr("No copy of an identity document is kept for this request.");
    }
    m_status->setText(status.join(u' '));

    const bool capturing = mayCapture();
    m_captureBox->setVisible(capturing);
    m_captureBox->setTitle(m_document ? tr("Replace the copy") : tr("Capture a copy"));
    setAcceptDrops(capturing);

    const bool held = m_document.has_value();
    m_copyBox->setVisible(held);
    showViewButtons();

    m_checkBox->setVisible(held);
    // The ticks on screen stay while the copy and its record are the same
    // (a save, a showing, another tab); a new copy or request resets them.
    const QString shownState = held ? QStringLiteral("%1/%2/%3/%4")
                                          .arg(m_requestId)
                                          .arg(m_document->capturedAt.toString(Qt::ISODateWithMs),
                                               m_document->verifiedOn.toString(Qt::ISODate), m_document->checks.key())
                                    : QString();
    if (shownState != m_checksFor) {
        setChecks(held ? m_document->checks : IdentityChecks{});
        m_checksFor = shownState;
    }
    for (QWidget *box : std::initializer_list<QWidget *>{m_photograph, m_name, m_birthMatches, m_birthUnknown, m_valid})
        box->setEnabled(capturing && held && !m_document->verifiedOn.isValid());
    m_verify->setVisible(held && !m_document->verifiedOn.isValid());
    m_verify->setEnabled(capturing && checks().complete());

    m_recordBox->setVisible(destruction.has_value() && !held);
    if (destruction) {
        QStringList record;
        record << tr("Document: %1").arg(destruction->kind);
        record << (destruction->verifiedOn.isValid()
                       ? tr("Verified by %1 on %2").arg(destruction->verifiedBy, longDate(destruction->verifiedOn))
                       : tr("Never verified"));
        record << tr("Destroyed on %1")
                      .arg(QLocale().toString(destruction->destroyedOn.toLocalTime(), QLocale::LongFormat));
        m_record->setText(record.join(u'\n'));
    } else {
        m_record->clear();
    }
}

IdentityChecks IdentityPanel::checks() const
{
    IdentityChecks checks;
    checks.photograph = m_photograph->isChecked();
    checks.nameMatches = m_name->isChecked();
    checks.birthDate = m_birthMatches->isChecked()   ? IdentityChecks::BirthDate::Matches
                       : m_birthUnknown->isChecked() ? IdentityChecks::BirthDate::NotKnown
                                                     : IdentityChecks::BirthDate::NotChecked;
    checks.stillValid = m_valid->isChecked();
    return checks;
}

void IdentityPanel::setChecks(const IdentityChecks &checks)
{
    m_photograph->setChecked(checks.photograph);
    m_name->setChecked(checks.nameMatches);
    // A button group keeps one checked: emptied by turning exclusivity off.
    m_birth->setExclusive(false);
    m_birthMatches->setChecked(checks.birthDate == IdentityChecks::BirthDate::Matches);
    m_birthUnknown->setChecked(checks.birthDate == IdentityChecks::BirthDate::NotKnown);
    m_birth->setExclusive(true);
    m_valid->setChecked(checks.stillValid);
}

bool IdentityPanel::captureFile(const QString &path)
{
    if (!mayCapture())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Identity document"),
                             tr("The scan %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return capture(file.readAll(), path);
}

bool IdentityPanel::captureClipboard()
{
    if (!mayCapture())
        return false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *mime = clipboard->mimeData();
    if (const QString path = localScanFile(mime); !path.isEmpty())
        return captureFile(path);
    if (!mime || !mime->hasImage()) {
        MessageBox::warning(this, tr("Identity document"),
                            tr("The clipboard holds no image. Copy the scan (or its file) first, then paste it here."));
        return false;
    }
    const bool captured = capture(encodedInMemory(qvariant_cast<QImage>(mime->imageData())), QString());
    // The clipboard's copy of the scan goes too, once it is in the vault.
    if (captured)
        clipboard->clear();
    return captured;
}

bool IdentityPanel::capture(QByteArray scan, const QString &source)
{
    const auto wipeScan = qScopeGuard([&scan] { wipeInPlace(scan); });
    if (m_document
        && MessageBox::question(this, tr("Identity document"),
                                tr("This request already holds a copy. Replace it? The present copy is destroyed."),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return false;
    m_viewer->clear();
    auto captured = IdentityDocumentService(m_session).capture(m_requestId, std::move(scan), m_kind->currentText());
    if (!captured) {
        MessageBox::critical(this, tr("Identity document"), captured.error().message);
        if (captured.error().field == QLatin1String("document.kind"))
            m_kind->setFocus(Qt::OtherFocusReason);
        refresh();
        return false;
    }
    refresh();
    Q_EMIT documentChanged();
    if (source.isEmpty())
        return true;
    const QString where = QDir::toNativeSeparators(source);
    const QString blocks = tr("A file system, and above all an SSD, may keep the deleted file's blocks for a while: "
                              "scan into a folder of your own on this computer, never a shared one.");
    if (!m_deleteSource->isChecked()) {
        MessageBox::warning(this, tr("Identity document"),
                            tr("The copy is saved in the vault, but the scan is still in clear at %1. Delete it "
                               "yourself once you no longer need it.")
                                    .arg(where)
                                + u'\n' + u'\n' + blocks);
    } else if (!QFile::remove(source)) {
        MessageBox::warning(this, tr("Identity document"),
                            tr("The copy is saved in the vault, but the scan at %1 could not be deleted: delete it "
                               "yourself.")
                                    .arg(where)
                                + u'\n' + u'\n' + blocks);
    } else {
        MessageBox::information(this, tr("Identity document"),
                                tr("The copy is saved in the vault and the scan at %1 was deleted.").arg(where) + u'\n'
                                    + u'\n' + blocks);
    }
    return true;
}

bool IdentityPanel::showImage()
{
    if (!m_document || !m_session.can(Permission::ViewIdentityDocuments))
        return false;
    auto shown = IdentityDocumentService(m_session).view(m_requestId);
    if (!shown) {
        MessageBox::critical(this, tr("Identity document"), shown.error().message);
        return false;
    }
    // Decoded from memory: the PNG is wiped by StoredDocument's destructor.
    QImage image;
    if (!image.loadFromData(shown->image, "PNG")) {
        MessageBox::critical(this, tr("Identity document"), tr("The stored copy cannot be read: it is damaged."));
        return false;
    }
    m_viewer->setImage(std::move(image));
    refresh();
    m_hide->setFocus(Qt::OtherFocusReason);
    return true;
}

bool IdentityPanel::markVerified()
{
    if (!mayCapture() || !m_document)
        return false;
    if (auto marked = IdentityDocumentService(m_session).markVerified(m_requestId, checks()); !marked) {
        MessageBox::critical(this, tr("Identity document"), marked.error().message);
        return false;
    }
    refresh();
    Q_EMIT documentChanged();
    return true;
}

void IdentityPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mayCapture() && (!localScanFile(mime).isEmpty() || mime->hasImage()))
        event->acceptProposedAction();
}

void IdentityPanel::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mayCapture())
        return;
    if (const QString path = localScanFile(mime); !path.isEmpty()) {
        event->acceptProposedAction();
        captureFile(path);
    } else if (mime->hasImage()) {
        event->acceptProposedAction();
        capture(encodedInMemory(qvariant_cast<QImage>(mime->imageData())), QString());
    }
}

} // namespace habeas
