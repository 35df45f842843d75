<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressPickerView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a village, commune, district or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of villages is not loaded yet. Connect to the registry or ask a technician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinScreen</name>
    <message>
        <source>Change your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new PIN is in place. Use it from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>An unfinished registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished registration cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these answers for good? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started a registration that was not finished. Its answers were last kept on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>From the scan: check with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 012 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No village chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I read this to the person, and they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day.month.year as on the card, e.g. 31.01.1990</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardKey</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AltGr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>CAM-IE Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: Alt+Shift switches Khmer and Latin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CAM-IE Registration Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Khmer font is installed, so Khmer text cannot be shown. Ask a technician to install the fonts-khmeros package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinChangePanel</name>
    <message>
        <source>A teller&apos;s PIN has at least 6 digits; a supervisor or technician needs at least 10 digits or a passphrase of 10 characters. Avoid easy ones like 123456 or 111111.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: it comes when the registration reaches the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the USB stick %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers matched the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differed from the ID card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen and correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, ID number, receipt code or registry number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scanned answer(s) to check</source>
        <translation>
            <numerusform>%n scanned answer to check</numerusform>
            <numerusform>%n scanned answers to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers kept as a draft on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this registration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers given so far will be deleted from this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on filling in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Check every answer with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scanned answers are correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers differ from the ID card that was read. Check them with the person; a supervisor must confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the card says %2, the form says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor confirms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Scan an ID card or a pre-registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera is connected. Use the hand scanner now, or read a picture from a USB stick below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures on the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick has no pictures (PNG or JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in a USB stick with a picture of the code or the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an ID card with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as ID card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your operator ID and PIN to start registering people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations across Cambodia: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk today: %1 registered, %2 waiting to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting to send, %2 sent, %3 need correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAM-IE kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection type (mtls, tls or http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Road client of this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Road service of the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after idle (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language at start (km or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unsent registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send exported ones from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::app::KioskSettingsBackend</name>
    <message>
        <source>The registry answered through the security server: the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved in %1, but the audit log could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::app::TechnicianCheck</name>
    <message>
        <source>Only a signed-in technician can do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::domain::Validator</name>
    <message>
        <source>This is too long: use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number: 9 or 10 digits starting with 0 (such as 012 345 678), or the number starting with +855.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person must agree to the consent statement before the registration can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this answer as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds characters that cannot be used, such as control characters. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name in Khmer script only: Khmer letters and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each word of the Khmer name must start with a consonant or an independent vowel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name in Latin letters (A to Z, accents allowed), with only spaces, hyphens, apostrophes or dots between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist in the calendar. Check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people aged %1 to %2 years can register. Check the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the national ID card number: exactly 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the document number: 1 to 20 letters (A to Z) or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village from the list. A village code has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of villages is not loaded, so the village cannot be checked. Ask a technician to load the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This village code is not in the list of villages. Choose the village from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number no greater than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not part of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as the card prints it: day, month, year, for example 31.01.1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyboard is typing Latin letters; press Alt+Shift for Khmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyboard is typing Khmer letters; press Alt+Shift for Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keyboard is typing Khmer letters: type digits here (Khmer or Latin digits both work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::scan::BarcodeDecoder</name>
    <message>
        <source>The picture could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::scan::FramePipeline</name>
    <message>
        <source>A camera picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::scan::Ie1Decoder</name>
    <message>
        <source>This is not a pre-registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code is damaged: it holds characters it cannot hold. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code is damaged and cannot be unpacked. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code holds far more data than a pre-registration can. It was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code is not put together correctly. Ask the person to make a new one on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code was signed with a key this kiosk does not know. Update the reference data, or fill in the form by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code was signed with a key that was not valid on the day it was made. Fill in the form by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of this pre-registration code does not match: it may have been altered. Fill in the form by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code has expired. Ask the person to make a new one, or fill in the form by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pre-registration code holds no usable registration data. Fill in the form by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::scan::MrzParser</name>
    <message>
        <source>The document number does not match its check digit. Scan the card again, or type the number from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth does not match its check digit. Scan the card again, or type the date from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date does not match its check digit. Scan the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal number does not match its check digit. Scan the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-readable zone does not match its overall check digit. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-readable zone holds a character that cannot stand there. Scan it again, or type the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a whole machine-readable zone: an ID card has 3 lines of 30 characters, a passport 2 lines of 44. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the machine-readable zone is not a calendar date. Type it from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date in the machine-readable zone is not a calendar date. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::scan::PrefillBuilder</name>
    <message>
        <source>The pre-registration code holds an answer that this form does not ask for. It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is never taken from a code: read the statement to the person and ask them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::scan::VerifyLink</name>
    <message>
        <source>A certificate link to verify.gov.kh. It can be checked online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to verify.gov.kh that names no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to verify.gov.kh without a secure connection. Check the document by typing the address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link only pretends to be verify.gov.kh. Do not open it, and do not trust the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::KeyVault</name>
    <message>
        <source>The operator ID or PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The operator ID was typed in Khmer letters, but operator IDs are in Latin letters. Press Alt+Shift to switch the keyboard to Latin and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator ID or PIN is wrong. The passphrase was typed in Khmer letters: press Alt+Shift to switch the keyboard to Latin and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator&apos;s record was changed outside the kiosk: its role no longer matches the one sealed in the operator&apos;s key. Sign-in is refused; ask a technician to check this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a one-time PIN. Choose your own PIN to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new PIN is the same as the old one. Choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s TPM has paused PIN checks after too many wrong PINs. Try again later, or ask a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator&apos;s key is bound to another kiosk&apos;s TPM and cannot be opened on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s TPM does not answer, so no operator can sign in. Ask a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator&apos;s key is bound to this kiosk&apos;s TPM, but no TPM is configured ([device] tpm in kiosk.conf). Ask a technician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::RecordQueryService</name>
    <message>
        <source>The numbers could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is no longer on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::RecordSearch</name>
    <message>
        <source>This record is no longer on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::RegistrationQueue</name>
    <message>
        <source>This kiosk has no valid registry key to seal registrations to. Connect to the registry or ask a technician to load its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration&apos;s personal data was removed after the retention period; only the receipt remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can reopen a rejected registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID is already registered on this kiosk (receipt %1). Open that record, or ask a supervisor to allow a second registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::RegistrationService</name>
    <message>
        <source>The kiosk could not look for an earlier registration of this person; finishing looks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to keep this registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers differ from the ID card. A supervisor must confirm them before the registration is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers could not be kept as a draft (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished registration could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be deleted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can allow a second registration with the same ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can confirm answers that differ from the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::SecretPolicy</name>
    <message>
        <source>Type a PIN or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN or passphrase must not contain the operator ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor or technician needs a PIN of at least 10 digits, or a passphrase of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN repeats a digit or a short pattern (like 111111 or 121212). Choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN counts up or down (like 123456 or 654321). Choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PIN is one of the first that anyone guessing would try. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor or technician needs a passphrase of at least 10 characters, or a PIN of at least 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a PIN of at least 6 digits, or a passphrase of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase repeats a letter or a short pattern, or follows the alphabet. Choose one that is harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is one of the first that anyone guessing would try (like &quot;password12&quot;). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::SessionService</name>
    <message>
        <source>Only the operator signed in can change their own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::SqliteError</name>
    <message>
        <source>Storage full: the kiosk&apos;s disk has no room for more registrations. Free space or call a technician; nothing already saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::store::StoreState</name>
    <message>
        <source>The form and the list of places could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s database is not open. Restart the kiosk; if this happens again, call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The kiosk&apos;s database did not answer (%2). Try again; if this happens again, call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to finish this registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::sync::RegistryClient</name>
    <message>
        <source>The registry&apos;s answer could not be read. The kiosk will check what arrived and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was too large for the registry; the kiosk sends smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is busy. The kiosk waits as asked and tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry had an internal error. Registrations stay queued and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the kiosk&apos;s request. A technician should check the settings and the kiosk&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused this kiosk&apos;s registrations: the kiosk&apos;s audit log is shorter than the one it reported before, so entries may have been removed. Registrations stay queued on the kiosk. A technician must check the kiosk (camie-kioskctl audit verify) and call the registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::sync::Transport</name>
    <message>
        <source>The security server&apos;s name could not be found. Check the network connection and the registry endpoint in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s security server could not be reached. The kiosk is offline; registrations stay queued and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security server did not answer in time. The kiosk will check what arrived and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cut before the answer arrived. The kiosk will check what arrived and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the registry arrived incomplete. The kiosk will check what arrived and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security server&apos;s certificate is not from a trusted authority. A technician must check the CA file in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security server&apos;s certificate has expired (or the kiosk&apos;s clock is wrong). Check the date, then call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security server&apos;s certificate is for another name than the endpoint in the settings. A technician must check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security server&apos;s key does not match the pinned key. Nothing was sent. Call a technician: the connection may be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s security server asks for this kiosk&apos;s certificate, and none is configured. A technician must install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s security server refused this kiosk&apos;s certificate. A technician must register it for this kiosk&apos;s subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s certificate or key cannot be used (missing file, wrong passphrase, or they do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file in the settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the security server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused or could not be reached. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint uses plain HTTP, which the settings do not allow. Use https, or set the connection type to http for a private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry endpoint in the settings is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the server was larger than expected and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the upload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::sync::XRoadError</name>
    <message>
        <source>The registry does not accept requests from this kiosk&apos;s subsystem. A technician must check the X-Road client id and its access rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security server rejected the kiosk&apos;s request as malformed. A technician should check the X-Road settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s security server refused this kiosk&apos;s certificate. A technician must register it for this kiosk&apos;s subsystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s security server cannot reach CamDX right now. Registrations stay queued and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s security server reported an error. Registrations stay queued; if this lasts, call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s security server refused access for this kiosk&apos;s subsystem. A technician must ask for access to the registration service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be reached through CamDX right now. Registrations stay queued and will be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s security server reported an error. Registrations stay queued; if this lasts, call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry reported an error. Registrations stay queued; if this lasts, call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::CardCamera</name>
    <message>
        <source>Hold the card inside the frame and keep it still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is not sharp yet: hold it a little further from the camera, in good light.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::CardCaptureModel</name>
    <message>
        <source>Reading the ID card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is not loaded yet, so the card cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code on the back of the card could not be read without doubt, so nothing was proposed. Try a sharper picture, or the front of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card could be read in this picture. Hold the whole card flat and upright, in good light, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) proposed from the ID card. Check each one with the person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them read with low confidence: look at those closely.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The picture could not be opened. Use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot read ID cards: its text recognition is not installed. Type the answers instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::CardCheckModel</name>
    <message>
        <source>Confirmed by supervisor %1. Finish the registration to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor types their ID and PIN or passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::DuplicateCheckModel</name>
    <message>
        <source>Allowed by supervisor %1. Finish the registration to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID is already registered on this kiosk: receipt %1, on %2. Open that record, or ask a supervisor to allow a second registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone with the same name and date of birth was registered on this kiosk: receipt %1, on %2. Check that it is not the same person before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor types their ID and PIN or passphrase to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::FormCardReading</name>
    <message>
        <source>Read with low confidence: check it carefully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanised from the Khmer name: check the spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::FormModel</name>
    <message>
        <source>Some answers need correcting; they are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the scanned answers with the person before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers differ from the ID card. A supervisor must confirm them before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::HomeModel</name>
    <message>
        <source>Sync is not set up on this kiosk. Registrations are kept safely until a technician connects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Waiting to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. Registrations are kept safely and will be sent when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync has stopped and needs a technician.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::ReceiptDocument</name>
    <message>
        <source>Not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration is not finished and has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept safely on this kiosk and sent to the registry as soon as there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being sent to the registry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept on this kiosk and goes to the registry on a USB stick; the registry number comes when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry accepted it. The registry number is this person&apos;s registration: keep this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry already had this person. The registry number is their earlier registration; nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept it. A supervisor can open it in Records, correct it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAM-IE registration receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number: not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::ReceiptModel</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this kiosk. Save the receipt as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the receipt. Check that it is on and has paper, or save the receipt as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print command could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the USB stick %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the USB stick %1, in the folder %2, as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in Documents as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the folder %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB stick is plugged in. Plug one in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be written in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::RecordsModel</name>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a USB stick, on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal details were removed from this kiosk after the retention period; the receipt remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal details cannot be shown: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::ScanModel</name>
    <message>
        <source>The form is not loaded yet, so the scan cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) filled in from the scan. Check each one with the person.</source>
        <translation>
            <numerusform>%n answer filled in from the scan. Check it with the person.</numerusform>
            <numerusform>%n answers filled in from the scan. Check each one with the person.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code holds text, not a registration. Nothing was filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be opened. Use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was found in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::SessionModel</name>
    <message>
        <source>The registration store is not available. Restart the kiosk or call a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type the new PIN twice again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::SettingsModel</name>
    <message>
        <source>Checking the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1. The kiosk uses the new settings from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in technician can check or save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::StatisticsModel</name>
    <message>
        <source>Statistics come from the registry, and sync is not set up on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camie::ui::TransferModel</name>
    <message>
        <source>This bundle was changed or damaged after it was written. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle does not come from a kiosk this one trusts. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a readable bundle. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no certificate to sign a bundle with: enrol it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick cannot be written. Nothing was marked exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: every registration has been sent or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) written to the USB stick. Bring it to a kiosk with a network.</source>
        <translation>
            <numerusform>%n registration written to the USB stick. Bring it to a kiosk with a network.</numerusform>
            <numerusform>%n registrations written to the USB stick. Bring it to a kiosk with a network.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) from kiosk %1 queued for sending.</source>
        <translation>
            <numerusform>%n registration from kiosk %1 queued for sending.</numerusform>
            <numerusform>%n registrations from kiosk %1 queued for sending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already here.</source>
        <translation>
            <numerusform>%n was already here.</numerusform>
            <numerusform>%n were already here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another export or import is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the exported registrations back in the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exported registration(s) put back in this kiosk&apos;s queue.</source>
        <translation>
            <numerusform>%n exported registration put back in this kiosk&apos;s queue.</numerusform>
            <numerusform>%n exported registrations put back in this kiosk&apos;s queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a signed-in technician can write or import bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n were refused: they would have replaced registrations made on this kiosk or on another kiosk (see the audit log).</source>
        <translation>
            <numerusform>%n was refused: it would have replaced a registration made on this kiosk or on another kiosk (see the audit log).</numerusform>
            <numerusform>%n were refused: they would have replaced registrations made on this kiosk or on another kiosk (see the audit log).</numerusform>
        </translation>
    </message>
</context>
</TS>
