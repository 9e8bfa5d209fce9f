// The identity tab: a scan pasted or dropped becomes the vault's copy (the
// clipboard's copy and the dropped file go), the copy is shown only on
// request and each showing is audited, "verified" needs every check, the
// end of the request destroys the copy and its record takes its place, and
// nothing of the image stays in a widget after a lock. An administrator
// never sees it.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/common/MessageBox.h"
#include "ui/documents/IdentityPanel.h"
#include "ui/requests/RequestView.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/requests/RequestService.h"
#include "core/vault/KeyFile.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString ClerkOwnPassword = QStringLiteral("Quai-Antoine-Second-93");

QImage scanImage(int seed)
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(QColor(200, 180, 40 + seed));
    return image;
}

class IdentityPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("identity.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        {
            // A key pair of the clerk's own holds the key to the copies.
            auto first = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
            ASSERT_OK(first);
            ASSERT_OK((*first)->changeOwnPassword(SecureBytes::fromText(ClerkPassword), ClerkOwnPassword,
                                                  KdfParams::fastForTests()));
        }
        auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkOwnPassword));
        ASSERT_OK(session);
        m_session = std::move(session).value();
        NewRequest input;
        input.received = m_session->clock()->today().addDays(-2);
        input.rights = {QStringLiteral("access")};
        input.requester.surname = QStringLiteral("Bianchi");
        auto created = RequestService(*m_session).create(input);
        ASSERT_OK(created);
        m_id = created->id;
        ASSERT_OK(RequestService(*m_session).transition(m_id, RequestState::IdentityCheck));
        MessageBox::clearNextAnswer();
    }

    void TearDown() override { MessageBox::clearNextAnswer(); }

    qint64 audits(const QString &action)
    {
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    std::optional<StoredDocument> described()
    {
        auto document = IdentityDocumentService(*m_session).describe(m_id);
        EXPECT_OK(document);
        return document ? *document : std::nullopt;
    }

    // Opens the request and its identity tab.
    void openIdentity(RequestView &view)
    {
        view.show();
        view.open(m_id);
        QTabWidget *tabs = view.tabs();
        tabs->setCurrentIndex(tabs->indexOf(view.identity()));
        ASSERT_TRUE(view.identity()->isVisible());
    }

    static void tick(QWidget &root, const QString &text)
    {
        auto *box = UiDriver::labelled<QAbstractButton>(root, text);
        ASSERT_NE(box, nullptr) << qPrintable(text);
        box->setChecked(true);
    }

    // No widget under `root` holds an image: the viewer is empty and no
    // label shows a pixmap.
    static bool holdsNoImage(QWidget &root)
    {
        for (auto *viewer : root.findChildren<IdentityImageView *>()) {
            if (viewer->hasImage())
                return false;
        }
        for (auto *label : root.findChildren<QLabel *>()) {
            if (!label->pixmap().isNull())
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    qint64 m_id = 0;
};

} // namespace

TEST_F(IdentityPanelTest, APastedImageBecomesTheCopyAndLeavesTheClipboard)
{
    RequestView view(*m_session);
    openIdentity(view);
    IdentityPanel *panel = view.identity();
    EXPECT_EQ(view.findChild<QLabel *>(QStringLiteral("nextStep"))->text().left(22),
              QStringLiteral("Identity proof asked t"));
    QGuiApplication::clipboard()->setImage(scanImage(1));
    ASSERT_TRUE(UiDriver::labelled<QPushButton>(*panel, QStringLiteral("Paste the scan"))->isVisible());
    UiDriver::labelled<QPushButton>(*panel, QStringLiteral("Paste the scan"))->click();
    const auto document = described();
    ASSERT_TRUE(document.has_value()) << qPrintable(MessageBox::lastText());
    EXPECT_EQ(document->kind, QStringLiteral("Identity card"));
    EXPECT_TRUE(QGuiApplication::clipboard()->image().isNull()) << "the scan stayed on the clipboard";
    EXPECT_EQ(audits(QStringLiteral("document.capture")), 1);
    // The request's next step now asks for the check.
    EXPECT_TRUE(view.findChild<QLabel *>(QStringLiteral("nextStep"))->text().startsWith(
        QStringLiteral("Copy of the identity document received: verify it")));
    // Captured, not shown: the view is asked for.
    EXPECT_TRUE(holdsNoImage(view));
    EXPECT_EQ(audits(QStringLiteral("document.view")), 0);
}

TEST_F(IdentityPanelTest, ADroppedFileReplacesTheCopyAndIsDeleted)
{
    RequestView view(*m_session);
    openIdentity(view);
    IdentityPanel *panel = view.identity();
    QGuiApplication::clipboard()->setImage(scanImage(2));
    ASSERT_TRUE(panel->captureClipboard());
    const QString scan = m_dir.filePath(QStringLiteral("scan-of-passport.png"));
    ASSERT_TRUE(scanImage(3).save(scan, "PNG"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(scan)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    EXPECT_TRUE(enter.isAccepted()) << "a scan file is not accepted as a drop";
    // Replacing the copy is asked; the answer also acknowledges the message
    // that says where the deleted file was.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    EXPECT_FALSE(QFile::exists(scan)) << "the dropped scan was left in clear";
    EXPECT_TRUE(MessageBox::lastText().contains(QDir::toNativeSeparators(scan))) << qPrintable(MessageBox::lastText());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("SSD")));
    EXPECT_EQ(audits(QStringLiteral("document.capture")), 2);
    EXPECT_EQ(audits(QStringLiteral("document.destroy")), 1) << "the replaced copy is destroyed";
    // Something that is no image is not taken.
    QMimeData text;
    text.setText(QStringLiteral("not a scan"));
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(panel, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(IdentityPanelTest, TheCopyIsShownOnRequestAuditedAndGoneAfterLeavingOrLocking)
{
    QGuiApplication::clipboard()->setImage(scanImage(4));
    RequestView view(*m_session);
    openIdentity(view);
    IdentityPanel *panel = view.identity();
    ASSERT_TRUE(panel->captureClipboard());
    auto *show = UiDriver::labelled<QPushButton>(*panel, QStringLiteral("Show the copy"));
    ASSERT_NE(show, nullptr);
    show->click();
    EXPECT_TRUE(panel->viewer()->hasImage());
    EXPECT_EQ(audits(QStringLiteral("document.view")), 1);
    EXPECT_EQ(panel->viewer()->contextMenuPolicy(), Qt::PreventContextMenu);
    // Zoom from fitted to larger, and back.
    const double fitted = panel->viewer()->scale();
    panel->viewer()->zoomIn();
    EXPECT_GT(panel->viewer()->scale(), fitted);
    UiDriver::labelled<QPushButton>(*panel, QStringLiteral("Fit"))->click();
    EXPECT_DOUBLE_EQ(panel->viewer()->scale(), fitted);
    // Another tab: the image is wiped; showing it again is another view.
    view.tabs()->setCurrentIndex(0);
    EXPECT_TRUE(holdsNoImage(view));
    view.tabs()->setCurrentIndex(view.tabs()->indexOf(panel));
    ASSERT_TRUE(panel->showImage());
    EXPECT_EQ(audits(QStringLiteral("document.view")), 2);
    // Ticks made on screen survive another tab and a showing.
    tick(*panel, QStringLiteral("The holder's photograph is on it"));
    view.tabs()->setCurrentIndex(0);
    view.tabs()->setCurrentIndex(view.tabs()->indexOf(panel));
    EXPECT_TRUE(UiDriver::labelled<QCheckBox>(*panel, QStringLiteral("The holder's photograph is on it"))->isChecked())
        << "the clerk's ticks were dropped by a change of tab";
    // Another page of the window hides the whole request: the image goes.
    ASSERT_TRUE(panel->showImage());
    view.hide();
    EXPECT_TRUE(holdsNoImage(view)) << "the copy stayed decrypted behind another page";
    view.show();
    EXPECT_FALSE(panel->viewer()->hasImage());
    ASSERT_TRUE(panel->showImage());
    EXPECT_EQ(audits(QStringLiteral("document.view")), 4) << "a showing went unaudited";
    // A lock clears the open request: no widget holds the image after it.
    view.clear();
    EXPECT_TRUE(holdsNoImage(view));
    EXPECT_FALSE(panel->showImage());
}

TEST_F(IdentityPanelTest, VerifiedNeedsEveryCheckAndTheEndLeavesTheRecordOfDestruction)
{
    QGuiApplication::clipboard()->setImage(scanImage(5));
    RequestView view(*m_session);
    openIdentity(view);
    IdentityPanel *panel = view.identity();
    ASSERT_TRUE(panel->captureClipboard());
    auto *verify = UiDriver::labelled<QPushButton>(*panel, QStringLiteral("Mark as verified"));
    ASSERT_NE(verify, nullptr);
    tick(*panel, QStringLiteral("The holder's photograph is on it"));
    tick(*panel, QStringLiteral("The name is the requester's"));
    tick(*panel, QStringLiteral("The document is still valid"));
    EXPECT_FALSE(verify->isEnabled()) << "verified without a word on the date of birth";
    tick(*panel, QStringLiteral("The date of birth matches"));
    ASSERT_TRUE(verify->isEnabled());
    verify->click();
    auto document = described();
    ASSERT_TRUE(document.has_value());
    EXPECT_EQ(document->verifiedBy, QStringLiteral("clerk"));
    EXPECT_EQ(document->verifiedOn, m_session->clock()->today());
    EXPECT_EQ(document->checks.birthDate, IdentityChecks::BirthDate::Matches);
    EXPECT_FALSE(verify->isVisible());

    // Examined, answered, closed: the copy goes with the end.
    ASSERT_TRUE(view.moveTo(RequestState::InProgress));
    ASSERT_TRUE(view.moveTo(RequestState::Answered));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(view.moveTo(RequestState::Closed));
    EXPECT_FALSE(described().has_value()) << "the copy outlived the request";
    view.tabs()->setCurrentIndex(view.tabs()->indexOf(panel));
    const auto *record = panel->findChild<QLabel *>(QStringLiteral("destructionRecord"));
    ASSERT_NE(record, nullptr);
    EXPECT_TRUE(record->isVisible());
    EXPECT_TRUE(record->text().contains(QStringLiteral("Identity card")));
    EXPECT_TRUE(record->text().contains(QStringLiteral("Verified by clerk")));
    EXPECT_TRUE(record->text().contains(QStringLiteral("Destroyed on")));
    // Nothing is offered on an ended request: no capture, no drop.
    EXPECT_FALSE(UiDriver::labelled<QPushButton>(*panel, QStringLiteral("Paste the scan"))->isVisible());
    EXPECT_FALSE(panel->acceptDrops());
    QGuiApplication::clipboard()->setImage(scanImage(6));
    EXPECT_FALSE(panel->captureClipboard());
    EXPECT_FALSE(described().has_value());
}

// The administrator runs the tool, not the cases: the panel shows nothing
// of a copy to them, and core refuses the view.
TEST_F(IdentityPanelTest, AnAdministratorNeverSeesTheImage)
{
    QGuiApplication::clipboard()->setImage(scanImage(7));
    {
        RequestView view(*m_session);
        openIdentity(view);
        ASSERT_TRUE(view.identity()->captureClipboard());
    }
    auto request = RequestService(*m_session).view(m_id);
    ASSERT_OK(request);
    m_session.reset();
    auto admin = Session::login(m_path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(admin);
    IdentityPanel panel(**admin);
    panel.show();
    panel.display(*request);
    EXPECT_FALSE(panel.showImage());
    EXPECT_FALSE(panel.viewer()->hasImage());
    EXPECT_FALSE(UiDriver::labelled<QPushButton>(panel, QStringLiteral("Show the copy"))->isVisible());
    EXPECT_FALSE(UiDriver::labelled<QPushButton>(panel, QStringLiteral("Paste the scan"))->isVisible());
    auto refused = IdentityDocumentService(**admin).view(m_id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}
