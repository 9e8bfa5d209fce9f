#pragma once

// The identity tab of an open request. While the request is open: the copy
// of the requester's identity document is captured from a file, dropped on
// the tab or pasted; it is shown only when asked for (each showing is an
// audited view), fitted to the pane and zoomable, and never offered for
// saving, printing, copying or dragging out; the verification checklist
// records who verified it and when. Once the request has ended, the record
// of its destruction stands in its place. The decrypted image lives in one
// widget only and is wiped when the request changes, the tab is left, or
// the vault locks.

#include "core/documents/DocumentRepository.h"
#include "core/requests/NextStep.h"

#include <QImage>
#include <QScrollArea>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace habeas {

class Session;
struct Request;

// Paints the copy scaled to fit its pane, or zoomed; no context menu, no
// drag, no clipboard, no pixmap cache: the image is drawn from the one
// QImage held here and wiped by clear().
class IdentityImageView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityImageView)

public:
    explicit IdentityImageView(QWidget *parent = nullptr);
    ~IdentityImageView() override;
    class Canvas;

    // Takes the image over (the caller's copy is released).
    void setImage(QImage image);
    void clear();
    bool hasImage() const;
    // 1 is "fit to the pane"; zooming multiplies it.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn() { setZoom(m_zoom * 1.25); }
    void zoomOut() { setZoom(m_zoom / 1.25); }
    // The scale at which the image is drawn now.
    double scale() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void relayout();

    Canvas *m_canvas = nullptr;
    double m_zoom = 1.0;
};

class IdentityPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPanel)

public:
    explicit IdentityPanel(Session &session, QWidget *parent = nullptr);

    // What is known of the request's copy, read without its image.
    void display(const Request &request);
    // Nothing of the request stays: the image is wiped.
    void clear();
    // Hides the image (it is shown again only on request).
    void hideImage();
    IdentityImageView *viewer() const { return m_viewer; }
    // What the request holds, for its next step.
    IdentityCopy copy() const;

    // The actions behind the buttons, for the keyboard and for tests.
    bool captureFile(const QString &path);
    bool captureClipboard();
    bool showImage();
    bool markVerified();

Q_SIGNALS:
    // After a capture or a verification: the request's state may be moved on.
    void documentChanged();

protected:
    void hideEvent(QHideEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void showViewButtons();
    bool mayCapture() const;
    // Captures the scan's bytes (wiped whatever happens); `source` is the
    // file it came from, offered for deletion once the copy is saved.
    bool capture(QByteArray scan, const QString &source);
    IdentityChecks checks() const;
    void setChecks(const IdentityChecks &checks);

    Session &m_session;
    const bool m_mayView;
    qint64 m_requestId = 0;
    QString m_reference;
    bool m_ended = false;
    std::optional<StoredDocument> m_document;
    QString m_checksFor; // the copy whose record the ticks on screen started from

    QLabel *m_status = nullptr;
    // Capture
    QGroupBox *m_captureBox = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_fromFile = nullptr;
    QPushButton *m_paste = nullptr;
    QCheckBox *m_deleteSource = nullptr;
    QLabel *m_dropHint = nullptr;
    // The copy
    QGroupBox *m_copyBox = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_zoomIn = nullptr;
    QPushButton *m_zoomOut = nullptr;
    IdentityImageView *m_viewer = nullptr;
    // Verification
    QGroupBox *m_checkBox = nullptr;
    QCheckBox *m_photograph = nullptr;
    QCheckBox *m_name = nullptr;
    QRadioButton *m_birthMatches = nullptr;
    QRadioButton *m_birthUnknown = nullptr;
    QButtonGroup *m_birth = nullptr;
    QCheckBox *m_valid = nullptr;
    QPushButton *m_verify = nullptr;
    // Once the request has ended
    QGroupBox *m_recordBox = nullptr;
    QLabel *m_record = nullptr;
};

} // namespace habeas
