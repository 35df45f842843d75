import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import CamIE

// The kiosk window: a header, notices about the kiosk, and the screen stack.
// The application shows it full-screen (or windowed with --windowed).
ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    visible: false
    title: qsTr("CAM-IE Registration Kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody

    readonly property string missingFontNotice: QT_TR_NOOP("No Khmer font is installed, so Khmer text cannot be shown. Ask a technician to install the fonts-khmeros package.")

    header: KioskHeader {}

    // In kiosk mode the window stays open unless a technician is signed in.
    onClosing: (close) => { if (KioskInfo.kioskMode && !Session.isTechnician) close.accepted = false }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        NoticeBanner {
            objectName: "missingFontBanner"
            visible: !KioskInfo.khmerFontAvailable
            Layout.fillWidth: true
            // Always in English too: without the font, Khmer shows as boxes.
            text: Language.code === "en" ? qsTr(window.missingFontNotice)
                                         : qsTr(window.missingFontNotice) + "\n" + window.missingFontNotice
        }

        StackView {
            id: stack
            objectName: "screenStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: signInPage
        }

        // The kiosk's own keyboard, under the screen while a text field has focus.
        KeyboardPanel {
            mode: KioskInfo.keyboardMode
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
        }
    }

    // Signing in shows home; signing out (or the idle lock) goes back to
    // sign-in and drops every screen, with whatever personal data they held:
    // the view-models holding it are the screens' own.
    Connections {
        target: Session
        function onChanged() {
            if (Session.signedIn && stack.currentItem.objectName === "signInScreen") {
                stack.replace(null, homePage)
            } else if (!Session.signedIn && stack.currentItem.objectName !== "signInScreen") {
                stack.replace(null, signInPage)
            }
        }
    }

    Component {
        id: signInPage
        SignInScreen {
            busy: Session.busy
            message: Session.lockedSeconds > 0
                     ? qsTr("Too many wrong PINs. Try again in %n second(s).", "", Session.lockedSeconds)
                     : Session.message
            onSignInRequested: (operatorId, pin) => Session.signIn(operatorId, pin)
            mustChangePin: Session.mustChangeSecret
            changeMessage: Session.secretMessage
            onNewPinChosen: (newPin, repeated) => Session.chooseSecret(newPin, repeated)
            onNewPinCancelled: Session.cancelSecretChange()
        }
    }

    // The operator's unfinished registration, offered after sign-in (the
    // registration screen keeps it as a draft before any sign-out).
    DraftOffer {
        onResume: (draft) => stack.push(registrationPage, { draft: draft })
    }

    Component {
        id: homePage
        HomeScreen {
            onNewRegistration: stack.push(registrationPage)
            onOpenRecords: stack.push(recordsPage)
            onOpenSync: stack.push(syncPage)
            onOpenStatistics: stack.push(statisticsPage)
            onOpenTechnician: stack.push(technicianPage)
            onOpenChangePin: stack.push(changePinPage)
        }
    }
    Component {
        id: changePinPage
        ChangePinScreen { onBack: stack.pop() }
    }
    Component {
        id: registrationPage
        RegistrationScreen {
            onCancel: { registration.discard(); stack.pop() }
            onReview: stack.push(reviewPage, { registration: registration })
        }
    }
    Component {
        id: reviewPage
        ReviewScreen {
            onEdit: (step) => { registration.editFromReview(step); stack.pop() }
            // The registration's screens go, and its answers with them.
            onDone: stack.replace(null, [homePage, receiptPage, { recordId: registration.recordId }])
            onOpenRecord: (recordId) => stack.push(existingRecordPage, { recordId: recordId })
        }
    }
    // A record the duplicate check found, opened from the review; back to the review after.
    Component {
        id: existingRecordPage
        ReceiptScreen { onClose: stack.pop() }
    }
    Component {
        id: recordsPage
        RecordsScreen {
            onBack: stack.pop()
            // A supervisor reopened a rejected record: correct it in the form.
            onCorrect: (correction) => stack.push(registrationPage, { correction: correction })
        }
    }
    Component {
        id: technicianPage
        TechnicianScreen { onBack: stack.pop() }
    }
    Component {
        id: statisticsPage
        StatisticsScreen { onBack: stack.pop() }
    }
    Component {
        id: syncPage
        SyncScreen { onBack: stack.pop() }
    }
    Component {
        id: receiptPage
        ReceiptScreen {
            onClose: { Home.refresh(); stack.pop() }
        }
    }
}
