<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>BackupActions</name>
    <message>
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>Restore a backup…</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Choose the backup to restore</source>
      <translation>Choose the backup to restore</translation>
    </message>
    <message>
      <source>Warehouse backups (*.db)</source>
      <translation>Warehouse backups (*.db)</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>Restoring {path}… scans are not recorded until it is done</source>
      <translation>Restoring {path}… scans are not recorded until it is done</translation>
    </message>
  </context>
  <context>
    <name>BenchView</name>
    <message>
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <source>Category template</source>
      <translation>Category template</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Van load</source>
      <translation>Van load</translation>
    </message>
    <message>
      <source>Stock-take</source>
      <translation>Stock-take</translation>
    </message>
    <message>
      <source>Volunteer</source>
      <translation>Volunteer</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Size:</translation>
    </message>
    <message>
      <source>&amp;Items per box:</source>
      <translation>&amp;Items per box:</translation>
    </message>
    <message>
      <source>E&amp;xpiry month:</source>
      <translation>E&amp;xpiry month:</translation>
    </message>
    <message>
      <source>YYYY-MM</source>
      <translation>YYYY-MM</translation>
    </message>
    <message>
      <source>&amp;Weight (kg):</source>
      <translation>&amp;Weight (kg):</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>not weighed</translation>
    </message>
    <message>
      <source>The weight of the next box only, e.g. 12.5 or 12,5; cleared once it is made</source>
      <translation>The weight of the next box only, e.g. 12.5 or 12,5; cleared once it is made</translation>
    </message>
    <message>
      <source>Last scans at this bench</source>
      <translation>Last scans at this bench</translation>
    </message>
    <message>
      <source>Damaged label? &amp;Type the code:</source>
      <translation>Damaged label? &amp;Type the code:</translation>
    </message>
    <message>
      <source>e.g. B0000123X, then Enter</source>
      <translation>e.g. B0000123X, then Enter</translation>
    </message>
    <message>
      <source>New box + label (F2)</source>
      <translation>New box + label (F2)</translation>
    </message>
    <message>
      <source>UNDO (F4)</source>
      <translation>UNDO (F4)</translation>
    </message>
    <message>
      <source>DISPATCH van</source>
      <translation>DISPATCH van</translation>
    </message>
    <message>
      <source>Back to CHECK IN</source>
      <translation>Back to CHECK IN</translation>
    </message>
    <message>
      <source>Scan your volunteer card to start</source>
      <translation>Scan your volunteer card to start</translation>
    </message>
    <message>
      <source>Scan a category card, then each box</source>
      <translation>Scan a category card, then each box</translation>
    </message>
    <message>
      <source>none: scan a category card</source>
      <translation>none: scan a category card</translation>
    </message>
    <message>
      <source>bench</source>
      <translation>bench</translation>
    </message>
    <message>
      <source>nobody: scan your card</source>
      <translation>nobody: scan your card</translation>
    </message>
    <message>
      <source>{destination}: {count}</source>
      <translation>{destination}: {count}</translation>
    </message>
    <message>
      <source>{location}: {count}</source>
      <translation>{location}: {count}</translation>
    </message>
    <message>
      <source>Not found: {codes}</source>
      <translation>Not found: {codes}</translation>
    </message>
    <message>
      <source>EXP {month}</source>
      <translation>EXP {month}</translation>
    </message>
  </context>
  <context>
    <name>BoxDetail</name>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Change</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>&amp;Weight…</source>
      <translation>&amp;Weight…</translation>
    </message>
    <message>
      <source>&amp;Reprint label</source>
      <translation>&amp;Reprint label</translation>
    </message>
    <message>
      <source>&amp;Move…</source>
      <translation>&amp;Move…</translation>
    </message>
    <message>
      <source>&amp;Scrap…</source>
      <translation>&amp;Scrap…</translation>
    </message>
    <message>
      <source>Mark &amp;lost…</source>
      <translation>Mark &amp;lost…</translation>
    </message>
    <message>
      <source>Correct &amp;quantity…</source>
      <translation>Correct &amp;quantity…</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>not weighed</translation>
    </message>
    <message>
      <source>Items:</source>
      <translation>Items:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Location:</translation>
    </message>
    <message>
      <source>State:</source>
      <translation>State:</translation>
    </message>
    <message>
      <source>Van load:</source>
      <translation>Van load:</translation>
    </message>
    <message>
      <source>Packed:</source>
      <translation>Packed:</translation>
    </message>
    <message>
      <source>Weight:</source>
      <translation>Weight:</translation>
    </message>
    <message>
      <source>Expires:</source>
      <translation>Expires:</translation>
    </message>
    <message>
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <source>The label could not be made</source>
      <translation>The label could not be made</translation>
    </message>
    <message>
      <source>Move box</source>
      <translation>Move box</translation>
    </message>
    <message>
      <source>Move the box to:</source>
      <translation>Move the box to:</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>Weight of the box in kg (e.g. 12.5 or 12,5; blank: not weighed):</source>
      <translation>Weight of the box in kg (e.g. 12.5 or 12,5; blank: not weighed):</translation>
    </message>
    <message>
      <source>Correct quantity</source>
      <translation>Correct quantity</translation>
    </message>
    <message>
      <source>Items in the box:</source>
      <translation>Items in the box:</translation>
    </message>
    <message>
      <source>{weight} kg</source>
      <translation>{weight} kg</translation>
    </message>
    <message>
      <source>Box {code}</source>
      <translation>Box {code}</translation>
    </message>
    <message>
      <source>Scrap box {code}</source>
      <translation>Scrap box {code}</translation>
    </message>
    <message>
      <source>Mark box {code} lost</source>
      <translation>Mark box {code} lost</translation>
    </message>
    <message>
      <source>Label for {code} sent to print</source>
      <translation>Label for {code} sent to print</translation>
    </message>
    <message>
      <source>There is no other location to move it to</source>
      <translation>There is no other location to move it to</translation>
    </message>
    <message>
      <source>Move box {code}</source>
      <translation>Move box {code}</translation>
    </message>
    <message>
      <source>Set box {code} to {weight} kg</source>
      <translation>Set box {code} to {weight} kg</translation>
    </message>
    <message>
      <source>Clear the weight of box {code}</source>
      <translation>Clear the weight of box {code}</translation>
    </message>
    <message>
      <source>Set box {code} to {quantity} items</source>
      <translation>Set box {code} to {quantity} items</translation>
    </message>
  </context>
  <context>
    <name>CatalogueView</name>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>In use</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation>Categories</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Locations</translation>
    </message>
    <message>
      <source>Changes here need a coordinator's PIN.</source>
      <translation>Changes here need a coordinator's PIN.</translation>
    </message>
    <message>
      <source>New category</source>
      <translation>New category</translation>
    </message>
    <message>
      <source>Save category…</source>
      <translation>Save category…</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>New location</translation>
    </message>
    <message>
      <source>Save location…</source>
      <translation>Save location…</translation>
    </message>
    <message>
      <source>Print its &amp;label…</source>
      <translation>Print its &amp;label…</translation>
    </message>
    <message>
      <source>&amp;Retail barcodes:</source>
      <translation>&amp;Retail barcodes:</translation>
    </message>
    <message>
      <source>Remove barcode link…</source>
      <translation>Remove barcode link…</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>Name in &amp;French:</source>
      <translation>Name in &amp;French:</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>&amp;Group:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>&amp;Sizes (comma separated):</source>
      <translation>&amp;Sizes (comma separated):</translation>
    </message>
    <message>
      <source>&amp;Target (boxes):</source>
      <translation>&amp;Target (boxes):</translation>
    </message>
    <message>
      <source>Items per &amp;box:</source>
      <translation>Items per &amp;box:</translation>
    </message>
    <message>
      <source>In &amp;use:</source>
      <translation>In &amp;use:</translation>
    </message>
    <message>
      <source>E&amp;xpires (month asked at the bench):</source>
      <translation>E&amp;xpires (month asked at the bench):</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <source>none: scan a category card, then the barcode</source>
      <translation>none: scan a category card, then the barcode</translation>
    </message>
    <message>
      <source>Remove the link of barcode {code}</source>
      <translation>Remove the link of barcode {code}</translation>
    </message>
    <message>
      <source>Save category {name}</source>
      <translation>Save category {name}</translation>
    </message>
    <message>
      <source>Save location {name}</source>
      <translation>Save location {name}</translation>
    </message>
    <message>
      <source>Saved {name} (code {code}): print its label now</source>
      <translation>Saved {name} (code {code}): print its label now</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <source>Cannot do that</source>
      <translation>Cannot do that</translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message>
      <source>Finished</source>
      <translation>Finished</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>Counted by</source>
      <translation>Counted by</translation>
    </message>
    <message>
      <source>Bench</source>
      <translation>Bench</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Found</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Missing</translation>
    </message>
    <message>
      <source>Recorded elsewhere</source>
      <translation>Recorded elsewhere</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Box</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Expected at</source>
      <translation>Expected at</translation>
    </message>
    <message>
      <source>Missing since</source>
      <translation>Missing since</translation>
    </message>
    <message>
      <source>Stock-takes done (newest first)</source>
      <translation>Stock-takes done (newest first)</translation>
    </message>
    <message>
      <source>Open the count &amp;report</source>
      <translation>Open the count &amp;report</translation>
    </message>
    <message>
      <source>Missing boxes: not found where they were counted; scanning one finds it</source>
      <translation>Missing boxes: not found where they were counted; scanning one finds it</translation>
    </message>
    <message>
      <source>Mark selected &amp;lost (coordinator)…</source>
      <translation>Mark selected &amp;lost (coordinator)…</translation>
    </message>
    <message>
      <source>Making the count report…</source>
      <translation>Making the count report…</translation>
    </message>
    <message>
      <source>Choose a stock-take first</source>
      <translation>Choose a stock-take first</translation>
    </message>
    <message>
      <source>The count report cannot be made on this computer</source>
      <translation>The count report cannot be made on this computer</translation>
    </message>
    <message>
      <source>Choose the missing boxes to mark lost</source>
      <translation>Choose the missing boxes to mark lost</translation>
    </message>
    <message>
      <source>Mark {count} missing boxes lost: {codes}</source>
      <translation>Mark {count} missing boxes lost: {codes}</translation>
    </message>
    <message>
      <source>{count} boxes marked lost</source>
      <translation>{count} boxes marked lost</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>Scan your volunteer card</source>
      <translation>Scan your volunteer card</translation>
    </message>
    <message>
      <source>No card with you? Type your name instead:</source>
      <translation>No card with you? Type your name instead:</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Your &amp;name:</translation>
    </message>
    <message>
      <source>&amp;Volunteer</source>
      <translation>&amp;Volunteer</translation>
    </message>
    <message>
      <source>&amp;Coordinator</source>
      <translation>&amp;Coordinator</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <source>&amp;PIN:</source>
      <translation>&amp;PIN:</translation>
    </message>
    <message>
      <source>Start the shift</source>
      <translation>Start the shift</translation>
    </message>
    <message>
      <source>Coordinator PIN</source>
      <translation>Coordinator PIN</translation>
    </message>
    <message>
      <source>Coordinator &amp;name:</source>
      <translation>Coordinator &amp;name:</translation>
    </message>
    <message>
      <source>Type your first name to start</source>
      <translation>Type your first name to start</translation>
    </message>
    <message>
      <source>Type the coordinator's name</source>
      <translation>Type the coordinator's name</translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Boxes…</source>
      <translation>&amp;Boxes…</translation>
    </message>
    <message>
      <source>&amp;Movements (history)…</source>
      <translation>&amp;Movements (history)…</translation>
    </message>
    <message>
      <source>&amp;Stock by category and size…</source>
      <translation>&amp;Stock by category and size…</translation>
    </message>
    <message>
      <source>&amp;Needs…</source>
      <translation>&amp;Needs…</translation>
    </message>
    <message>
      <source>Stock-&amp;takes…</source>
      <translation>Stock-&amp;takes…</translation>
    </message>
    <message>
      <source>&amp;Categories…</source>
      <translation>&amp;Categories…</translation>
    </message>
    <message>
      <source>&amp;Locations…</source>
      <translation>&amp;Locations…</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Something went wrong: {error}</translation>
    </message>
    <message>
      <source>&amp;Export (spreadsheet)</source>
      <translation>&amp;Export (spreadsheet)</translation>
    </message>
    <message>
      <source>Export to a spreadsheet file</source>
      <translation>Export to a spreadsheet file</translation>
    </message>
    <message>
      <source>Spreadsheet (CSV) files (*.csv)</source>
      <translation>Spreadsheet (CSV) files (*.csv)</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Not exported</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
      <source>An export is still being written</source>
      <translation>An export is still being written</translation>
    </message>
    <message>
      <source>Exported {rows} to {path}</source>
      <translation>Exported {rows} to {path}</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>One size</source>
      <translation>One size</translation>
    </message>
    <message>
      <source>items</source>
      <translation>items</translation>
    </message>
    <message>
      <source>item</source>
      <translation>item</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Packed</translation>
    </message>
    <message>
      <source>EXP</source>
      <translation>EXP</translation>
    </message>
    <message>
      <source>boxes</source>
      <translation>boxes</translation>
    </message>
    <message>
      <source>box</source>
      <translation>box</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Contents</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qty</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Men</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Women</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adults</translation>
    </message>
    <message>
      <source>Boys</source>
      <translation>Boys</translation>
    </message>
    <message>
      <source>Girls</source>
      <translation>Girls</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Children</translation>
    </message>
    <message>
      <source>Baby</source>
      <translation>Baby</translation>
    </message>
    <message>
      <source>CHECK IN</source>
      <translation>CHECK IN</translation>
    </message>
    <message>
      <source>LOAD VAN</source>
      <translation>LOAD VAN</translation>
    </message>
    <message>
      <source>DISPATCH</source>
      <translation>DISPATCH</translation>
    </message>
    <message>
      <source>COUNT</source>
      <translation>COUNT</translation>
    </message>
    <message>
      <source>DONE</source>
      <translation>DONE</translation>
    </message>
    <message>
      <source>UNDO</source>
      <translation>UNDO</translation>
    </message>
    <message>
      <source>Back to checking boxes in</source>
      <translation>Back to checking boxes in</translation>
    </message>
    <message>
      <source>Then scan the van-load code</source>
      <translation>Then scan the van-load code</translation>
    </message>
    <message>
      <source>The van leaves with its boxes</source>
      <translation>The van leaves with its boxes</translation>
    </message>
    <message>
      <source>Stock-take: then scan the shelf</source>
      <translation>Stock-take: then scan the shelf</translation>
    </message>
    <message>
      <source>End the stock-take</source>
      <translation>End the stock-take</translation>
    </message>
    <message>
      <source>Take back the last scan</source>
      <translation>Take back the last scan</translation>
    </message>
    <message>
      <source>LOOK</source>
      <translation>LOOK</translation>
    </message>
    <message>
      <source>The next box is shown, never moved</source>
      <translation>The next box is shown, never moved</translation>
    </message>
    <message>
      <source>SIGN OUT</source>
      <translation>SIGN OUT</translation>
    </message>
    <message>
      <source>Leaving the bench</source>
      <translation>Leaving the bench</translation>
    </message>
    <message>
      <source>{n} PER BOX</source>
      <translation>{n} PER BOX</translation>
    </message>
    <message>
      <source>Items in the next boxes</source>
      <translation>Items in the next boxes</translation>
    </message>
    <message>
      <source>EXPIRES IN {n} MONTHS</source>
      <translation>EXPIRES IN {n} MONTHS</translation>
    </message>
    <message>
      <source>Expiry month of the next boxes, from today</source>
      <translation>Expiry month of the next boxes, from today</translation>
    </message>
    <message>
      <source>Volunteer card</source>
      <translation>Volunteer card</translation>
    </message>
    <message>
      <source>Bench card</source>
      <translation>Bench card</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Volunteer cards</source>
      <translation>Volunteer cards</translation>
    </message>
    <message>
      <source>&amp;Volunteer cards…</source>
      <translation>&amp;Volunteer cards…</translation>
    </message>
    <message>
      <source>&amp;Warehouse</source>
      <translation>&amp;Warehouse</translation>
    </message>
    <message>
      <source>P&amp;rint</source>
      <translation>P&amp;rint</translation>
    </message>
    <message>
      <source>Warehouse bench</source>
      <translation>Warehouse bench</translation>
    </message>
    <message>
      <source>&amp;Bench</source>
      <translation>&amp;Bench</translation>
    </message>
    <message>
      <source>&amp;Stock</source>
      <translation>&amp;Stock</translation>
    </message>
    <message>
      <source>&amp;Van loads</source>
      <translation>&amp;Van loads</translation>
    </message>
    <message>
      <source>&amp;Needs</source>
      <translation>&amp;Needs</translation>
    </message>
    <message>
      <source>Ca&amp;talogue</source>
      <translation>Ca&amp;talogue</translation>
    </message>
    <message>
      <source>Se&amp;ttings</source>
      <translation>Se&amp;ttings</translation>
    </message>
    <message>
      <source>&amp;Print jobs</source>
      <translation>&amp;Print jobs</translation>
    </message>
    <message>
      <source>V&amp;olunteers</source>
      <translation>V&amp;olunteers</translation>
    </message>
    <message>
      <source>Stock-ta&amp;kes</source>
      <translation>Stock-ta&amp;kes</translation>
    </message>
    <message>
      <source>R&amp;eports</source>
      <translation>R&amp;eports</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Sign out / change volunteer</source>
      <translation>Sign out / change volunteer</translation>
    </message>
    <message>
      <source>Nobody signed in: scan your volunteer card, or press Ctrl+L to type your name</source>
      <translation>Nobody signed in: scan your volunteer card, or press Ctrl+L to type your name</translation>
    </message>
    <message>
      <source>Nobody signed in: scan your volunteer card</source>
      <translation>Nobody signed in: scan your volunteer card</translation>
    </message>
    <message>
      <source>Stock-take {number}</source>
      <translation>Stock-take {number}</translation>
    </message>
    <message>
      <source>Warehouse bench — {bench}</source>
      <translation>Warehouse bench — {bench}</translation>
    </message>
    <message>
      <source>Signed in: {name} (Ctrl+L to sign out)</source>
      <translation>Signed in: {name} (Ctrl+L to sign out)</translation>
    </message>
    <message>
      <source>Label for {code} sent to {target}</source>
      <translation>Label for {code} sent to {target}</translation>
    </message>
    <message>
      <source>No printer set up: label saved as {path}</source>
      <translation>No printer set up: label saved as {path}</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Template: {category} {size} × {quantity}</source>
      <translation>Template: {category} {size} × {quantity}</translation>
    </message>
    <message>
      <source>Quantity per box: {quantity}</source>
      <translation>Quantity per box: {quantity}</translation>
    </message>
    <message>
      <source>Size {size} is not a size of {category}</source>
      <translation>Size {size} is not a size of {category}</translation>
    </message>
    <message>
      <source>New box {code}: {category} {size} × {quantity} at {location}</source>
      <translation>New box {code}: {category} {size} × {quantity} at {location}</translation>
    </message>
    <message>
      <source>Box {code} moved to {location}</source>
      <translation>Box {code} moved to {location}</translation>
    </message>
    <message>
      <source>Box {code} returned to stock at {location}</source>
      <translation>Box {code} returned to stock at {location}</translation>
    </message>
    <message>
      <source>Box {code} found: back in stock at {location}</source>
      <translation>Box {code} found: back in stock at {location}</translation>
    </message>
    <message>
      <source>New box {code}: {category} {size} × {quantity}, {weight} kg, at {location}</source>
      <translation>New box {code}: {category} {size} × {quantity}, {weight} kg, at {location}</translation>
    </message>
    <message>
      <source>Weight of the next box: {weight} kg</source>
      <translation>Weight of the next box: {weight} kg</translation>
    </message>
    <message>
      <source>No weight for the next box</source>
      <translation>No weight for the next box</translation>
    </message>
    <message>
      <source>Box {code} repacked: {category} {size} × {quantity} at {location}</source>
      <translation>Box {code} repacked: {category} {size} × {quantity} at {location}</translation>
    </message>
    <message>
      <source>Box {code} is on van load {van_load} to {destination}: scan it again to take it off and back into stock, or scan a category card to repack it</source>
      <translation>Box {code} is on van load {van_load} to {destination}: scan it again to take it off and back into stock, or scan a category card to repack it</translation>
    </message>
    <message>
      <source>Box {code} left on van load {van_load} to {destination} ({when}): scan it again to return it to stock as it was, or scan a category card to repack it</source>
      <translation>Box {code} left on van load {van_load} to {destination} ({when}): scan it again to return it to stock as it was, or scan a category card to repack it</translation>
    </message>
    <message>
      <source>Box {code} was marked lost: scan it again to put it back in stock, or scan a category card to repack it</source>
      <translation>Box {code} was marked lost: scan it again to put it back in stock, or scan a category card to repack it</translation>
    </message>
    <message>
      <source>Box {code} was missing from {location} (count of {when}): scan it again to put it back in stock, or scan a category card to repack it</source>
      <translation>Box {code} was missing from {location} (count of {when}): scan it again to put it back in stock, or scan a category card to repack it</translation>
    </message>
    <message>
      <source>Box {code} was scrapped: scan it again to put it back in stock as it was, or scan a category card to repack it</source>
      <translation>Box {code} was scrapped: scan it again to put it back in stock as it was, or scan a category card to repack it</translation>
    </message>
    <message>
      <source>Loading a van: scan CHECK IN before the location {location}</source>
      <translation>Loading a van: scan CHECK IN before the location {location}</translation>
    </message>
    <message>
      <source>Box {code}: {category} {size} × {quantity} at {location}</source>
      <translation>Box {code}: {category} {size} × {quantity} at {location}</translation>
    </message>
    <message>
      <source>Box {code}: {category} {size} is {state}</source>
      <translation>Box {code}: {category} {size} is {state}</translation>
    </message>
    <message>
      <source>Scan a category card first</source>
      <translation>Scan a category card first</translation>
    </message>
    <message>
      <source>Scan an expiry card or set the expiry month ({category} expires)</source>
      <translation>Scan an expiry card or set the expiry month ({category} expires)</translation>
    </message>
    <message>
      <source>Expiry month for {category}: EXP {expiry}</source>
      <translation>Expiry month for {category}: EXP {expiry}</translation>
    </message>
    <message>
      <source>Scan a category card before the expiry card</source>
      <translation>Scan a category card before the expiry card</translation>
    </message>
    <message>
      <source>{category} does not expire: the expiry card was ignored, nothing changed</source>
      <translation>{category} does not expire: the expiry card was ignored, nothing changed</translation>
    </message>
    <message>
      <source>EXP {expiry} is already past (today is {today}): check the month or the bench clock, then scan or set it again to keep it</source>
      <translation>EXP {expiry} is already past (today is {today}): check the month or the bench clock, then scan or set it again to keep it</translation>
    </message>
    <message>
      <source>EXP {expiry} is too far ahead: check the month</source>
      <translation>EXP {expiry} is too far ahead: check the month</translation>
    </message>
    <message>
      <source>{expiry} is not a month: write it as 2027-03</source>
      <translation>{expiry} is not a month: write it as 2027-03</translation>
    </message>
    <message>
      <source>Box {code} expires {expiry}, but box {other} of {category} {size} expires sooner ({other_expiry}) at {location}: load that one, or scan {code} again to load it anyway</source>
      <translation>Box {code} expires {expiry}, but box {other} of {category} {size} expires sooner ({other_expiry}) at {location}: load that one, or scan {code} again to load it anyway</translation>
    </message>
    <message>
      <source>Location: {location}</source>
      <translation>Location: {location}</translation>
    </message>
    <message>
      <source>Location {location} is not in use</source>
      <translation>Location {location} is not in use</translation>
    </message>
    <message>
      <source>Category {category} is not in use</source>
      <translation>Category {category} is not in use</translation>
    </message>
    <message>
      <source>No category has the card {code}</source>
      <translation>No category has the card {code}</translation>
    </message>
    <message>
      <source>No location has the code {code}</source>
      <translation>No location has the code {code}</translation>
    </message>
    <message>
      <source>Box code {code} was never printed here: use a label from this warehouse</source>
      <translation>Box code {code} was never printed here: use a label from this warehouse</translation>
    </message>
    <message>
      <source>Retail barcode {code} is not linked to a category</source>
      <translation>Retail barcode {code} is not linked to a category</translation>
    </message>
    <message>
      <source>Retail barcode {code} now means {category}</source>
      <translation>Retail barcode {code} now means {category}</translation>
    </message>
    <message>
      <source>Loading van to {destination} ({count} boxes)</source>
      <translation>Loading van to {destination} ({count} boxes)</translation>
    </message>
    <message>
      <source>No van load has the code {code}</source>
      <translation>No van load has the code {code}</translation>
    </message>
    <message>
      <source>Van load {code} is {state}: it cannot take boxes</source>
      <translation>Van load {code} is {state}: it cannot take boxes</translation>
    </message>
    <message>
      <source>New van load {code} to {destination}</source>
      <translation>New van load {code} to {destination}</translation>
    </message>
    <message>
      <source>A van load needs a destination</source>
      <translation>A van load needs a destination</translation>
    </message>
    <message>
      <source>Box {code} loaded for {destination} ({count} boxes)</source>
      <translation>Box {code} loaded for {destination} ({count} boxes)</translation>
    </message>
    <message>
      <source>Box {code} is already on this van load</source>
      <translation>Box {code} is already on this van load</translation>
    </message>
    <message>
      <source>Box {code} is on another van load ({van_load})</source>
      <translation>Box {code} is on another van load ({van_load})</translation>
    </message>
    <message>
      <source>Box {code} is {state}: it cannot be loaded</source>
      <translation>Box {code} is {state}: it cannot be loaded</translation>
    </message>
    <message>
      <source>Scan a van-load code first</source>
      <translation>Scan a van-load code first</translation>
    </message>
    <message>
      <source>Van to {destination} dispatched with {count} boxes</source>
      <translation>Van to {destination} dispatched with {count} boxes</translation>
    </message>
    <message>
      <source>Dispatch van load {van_load} to {destination}: {boxes} boxes, {items} items? Scan DISPATCH again to confirm</source>
      <translation>Dispatch van load {van_load} to {destination}: {boxes} boxes, {items} items? Scan DISPATCH again to confirm</translation>
    </message>
    <message>
      <source>Van load {code} to {destination} reopened: {count} boxes loading again</source>
      <translation>Van load {code} to {destination} reopened: {count} boxes loading again</translation>
    </message>
    <message>
      <source>Van load {code} is {state}, not dispatched: nothing to reopen</source>
      <translation>Van load {code} is {state}, not dispatched: nothing to reopen</translation>
    </message>
    <message>
      <source>Van load {code} has no boxes: nothing to dispatch</source>
      <translation>Van load {code} has no boxes: nothing to dispatch</translation>
    </message>
    <message>
      <source>Scan a van-load code before DISPATCH</source>
      <translation>Scan a van-load code before DISPATCH</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Check in</translation>
    </message>
    <message>
      <source>Load van: scan a van-load code</source>
      <translation>Load van: scan a van-load code</translation>
    </message>
    <message>
      <source>Stock-take: scan the location to count</source>
      <translation>Stock-take: scan the location to count</translation>
    </message>
    <message>
      <source>Counting {location}: scan every box there, then DONE</source>
      <translation>Counting {location}: scan every box there, then DONE</translation>
    </message>
    <message>
      <source>Scan the location to count first</source>
      <translation>Scan the location to count first</translation>
    </message>
    <message>
      <source>Counted box {code} ({count} so far)</source>
      <translation>Counted box {code} ({count} so far)</translation>
    </message>
    <message>
      <source>Box {code} was already counted</source>
      <translation>Box {code} was already counted</translation>
    </message>
    <message>
      <source>Count of {location} done: {found} found, {missing} missing, {moved} moved here</source>
      <translation>Count of {location} done: {found} found, {missing} missing, {moved} moved here</translation>
    </message>
    <message>
      <source>DONE only ends a stock-take: scan COUNT first</source>
      <translation>DONE only ends a stock-take: scan COUNT first</translation>
    </message>
    <message>
      <source>Box {code} was recorded elsewhere: moved here</source>
      <translation>Box {code} was recorded elsewhere: moved here</translation>
    </message>
    <message>
      <source>No stock-take has the number {id}</source>
      <translation>No stock-take has the number {id}</translation>
    </message>
    <message>
      <source>Box {code} is {state}, not missing</source>
      <translation>Box {code} is {state}, not missing</translation>
    </message>
    <message>
      <source>Look: scan a box to see it (nothing changes)</source>
      <translation>Look: scan a box to see it (nothing changes)</translation>
    </message>
    <message>
      <source>Box {code}: {category} {size} × {quantity}, {state} at {location} (van load {van_load})</source>
      <translation>Box {code}: {category} {size} × {quantity}, {state} at {location} (van load {van_load})</translation>
    </message>
    <message>
      <source>{location}: {boxes} boxes, {items} items in stock</source>
      <translation>{location}: {boxes} boxes, {items} items in stock</translation>
    </message>
    <message>
      <source>Van load {code} to {destination}: {state}, {boxes} boxes, {items} items</source>
      <translation>Van load {code} to {destination}: {state}, {boxes} boxes, {items} items</translation>
    </message>
    <message>
      <source>{category}: {boxes} boxes in stock</source>
      <translation>{category}: {boxes} boxes in stock</translation>
    </message>
    <message>
      <source>Nothing to show for {code}</source>
      <translation>Nothing to show for {code}</translation>
    </message>
    <message>
      <source>Scan your volunteer card first</source>
      <translation>Scan your volunteer card first</translation>
    </message>
    <message>
      <source>Signed in: {name}</source>
      <translation>Signed in: {name}</translation>
    </message>
    <message>
      <source>Still signed in: {name}</source>
      <translation>Still signed in: {name}</translation>
    </message>
    <message>
      <source>Signed out: {name}</source>
      <translation>Signed out: {name}</translation>
    </message>
    <message>
      <source>No volunteer has the card {code}</source>
      <translation>No volunteer has the card {code}</translation>
    </message>
    <message>
      <source>{name} is no longer a volunteer here: ask a coordinator</source>
      <translation>{name} is no longer a volunteer here: ask a coordinator</translation>
    </message>
    <message>
      <source>A volunteer's name is 1 to {limit} printable characters</source>
      <translation>A volunteer's name is 1 to {limit} printable characters</translation>
    </message>
    <message>
      <source>{name} is the last coordinator: name another one first</source>
      <translation>{name} is the last coordinator: name another one first</translation>
    </message>
    <message>
      <source>Nothing scanned for {minutes} minutes: location, van load and count cleared</source>
      <translation>Nothing scanned for {minutes} minutes: location, van load and count cleared</translation>
    </message>
    <message>
      <source>Undone: {what} of box {code} ({before} → {after})</source>
      <translation>Undone: {what} of box {code} ({before} → {after})</translation>
    </message>
    <message>
      <source>Undone: {what} of {count} boxes</source>
      <translation>Undone: {what} of {count} boxes</translation>
    </message>
    <message>
      <source>Nothing of yours to undo here (the last {depth} changes, {minutes} minutes)</source>
      <translation>Nothing of yours to undo here (the last {depth} changes, {minutes} minutes)</translation>
    </message>
    <message>
      <source>Box {code} has changed since: its {what} cannot be undone</source>
      <translation>Box {code} has changed since: its {what} cannot be undone</translation>
    </message>
    <message>
      <source>Your last change ({what}) cannot be undone: a coordinator corrects it</source>
      <translation>Your last change ({what}) cannot be undone: a coordinator corrects it</translation>
    </message>
    <message>
      <source>Empty scan</source>
      <translation>Empty scan</translation>
    </message>
    <message>
      <source>Not a code (too long): {shown}</source>
      <translation>Not a code (too long): {shown}</translation>
    </message>
    <message>
      <source>Not a code (control characters): {shown}</source>
      <translation>Not a code (control characters): {shown}</translation>
    </message>
    <message>
      <source>Code {shown} has a wrong check character: type it again</source>
      <translation>Code {shown} has a wrong check character: type it again</translation>
    </message>
    <message>
      <source>Not a warehouse code: {shown}</source>
      <translation>Not a warehouse code: {shown}</translation>
    </message>
    <message>
      <source>Box {code} was changed at another bench just now: scan again</source>
      <translation>Box {code} was changed at another bench just now: scan again</translation>
    </message>
    <message>
      <source>Quantity must be between 1 and 999</source>
      <translation>Quantity must be between 1 and 999</translation>
    </message>
    <message>
      <source>Choose a category before making a new box</source>
      <translation>Choose a category before making a new box</translation>
    </message>
    <message>
      <source>Only a coordinator can do this: enter the coordinator PIN</source>
      <translation>Only a coordinator can do this: enter the coordinator PIN</translation>
    </message>
    <message>
      <source>Wrong PIN</source>
      <translation>Wrong PIN</translation>
    </message>
    <message>
      <source>Too many wrong PINs: wait {seconds} seconds</source>
      <translation>Too many wrong PINs: wait {seconds} seconds</translation>
    </message>
    <message>
      <source>A PIN has at least 4 digits</source>
      <translation>A PIN has at least 4 digits</translation>
    </message>
    <message>
      <source>Only a coordinator can do this: run it on a terminal to be asked the coordinator PIN, or set WAREHOUSE_PIN. Nothing was changed</source>
      <translation>Only a coordinator can do this: run it on a terminal to be asked the coordinator PIN, or set WAREHOUSE_PIN. Nothing was changed</translation>
    </message>
    <message>
      <source>Coordinator PIN:</source>
      <translation>Coordinator PIN:</translation>
    </message>
    <message>
      <source>This warehouse has no coordinator yet: create one with 'warehouse-desktop init --coordinator NAME --pin PIN'. Nothing was changed</source>
      <translation>This warehouse has no coordinator yet: create one with 'warehouse-desktop init --coordinator NAME --pin PIN'. Nothing was changed</translation>
    </message>
    <message>
      <source>No volunteer named {name}</source>
      <translation>No volunteer named {name}</translation>
    </message>
    <message>
      <source>No box has the code {code}</source>
      <translation>No box has the code {code}</translation>
    </message>
    <message>
      <source>Box {code} scrapped</source>
      <translation>Box {code} scrapped</translation>
    </message>
    <message>
      <source>Box {code} marked lost</source>
      <translation>Box {code} marked lost</translation>
    </message>
    <message>
      <source>Box {code} now holds {quantity}</source>
      <translation>Box {code} now holds {quantity}</translation>
    </message>
    <message>
      <source>Box {code} weighs {weight} kg</source>
      <translation>Box {code} weighs {weight} kg</translation>
    </message>
    <message>
      <source>Box {code}: weight cleared (not weighed)</source>
      <translation>Box {code}: weight cleared (not weighed)</translation>
    </message>
    <message>
      <source>“{text}” is not a weight: type the kg as a number, like 12.5 or 12,5. Nothing was changed</source>
      <translation>“{text}” is not a weight: type the kg as a number, like 12.5 or 12,5. Nothing was changed</translation>
    </message>
    <message>
      <source>A weight must be more than 0 kg (typed: {text}). Nothing was changed</source>
      <translation>A weight must be more than 0 kg (typed: {text}). Nothing was changed</translation>
    </message>
    <message>
      <source>{text} kg is more than a box weighs (at most {limit} kg): check the figure. Nothing was changed</source>
      <translation>{text} kg is more than a box weighs (at most {limit} kg): check the figure. Nothing was changed</translation>
    </message>
    <message>
      <source>Box {code} is {state}: only a box in stock can be moved</source>
      <translation>Box {code} is {state}: only a box in stock can be moved</translation>
    </message>
    <message>
      <source>The database is busy at another bench: try the scan again</source>
      <translation>The database is busy at another bench: try the scan again</translation>
    </message>
    <message>
      <source>The database file cannot be written (read-only): nothing was saved</source>
      <translation>The database file cannot be written (read-only): nothing was saved</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved. Free some space and scan again</source>
      <translation>The disk is full: nothing was saved. Free some space and scan again</translation>
    </message>
    <message>
      <source>The database file is damaged. Restore the newest backup</source>
      <translation>The database file is damaged. Restore the newest backup</translation>
    </message>
    <message>
      <source>The database file is damaged. The newest good backup is {backup}: restore it with 'warehouse-desktop restore {backup}'</source>
      <translation>The database file is damaged. The newest good backup is {backup}: restore it with 'warehouse-desktop restore {backup}'</translation>
    </message>
    <message>
      <source>Other benches were changing the same boxes: scan again</source>
      <translation>Other benches were changing the same boxes: scan again</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Database error: {detail}</translation>
    </message>
    <message>
      <source>Cannot reach the database {target}: {detail}</source>
      <translation>Cannot reach the database {target}: {detail}</translation>
    </message>
    <message>
      <source>There is no database at {target}: run 'warehouse-desktop init' first</source>
      <translation>There is no database at {target}: run 'warehouse-desktop init' first</translation>
    </message>
    <message>
      <source>Cannot create the database folder {target}: {detail}</source>
      <translation>Cannot create the database folder {target}: {detail}</translation>
    </message>
    <message>
      <source>{target} is a folder, not a database file</source>
      <translation>{target} is a folder, not a database file</translation>
    </message>
    <message>
      <source>Cannot use the database {target}: {detail} Install the PostgreSQL extra: pip install 'warehouse-desktop[postgres]'</source>
      <translation>Cannot use the database {target}: {detail} Install the PostgreSQL extra: pip install 'warehouse-desktop[postgres]'</translation>
    </message>
    <message>
      <source>This database must be created or upgraded by its owner: run 'warehouse-desktop init --db' with the owner's URL, then start the bench again</source>
      <translation>This database must be created or upgraded by its owner: run 'warehouse-desktop init --db' with the owner's URL, then start the bench again</translation>
    </message>
    <message>
      <source>That database belongs to some other program</source>
      <translation>That database belongs to some other program</translation>
    </message>
    <message>
      <source>This database was written by a newer version of the program (schema {version}; this version knows up to {supported}). Update the program; nothing was changed</source>
      <translation>This database was written by a newer version of the program (schema {version}; this version knows up to {supported}). Update the program; nothing was changed</translation>
    </message>
    <message>
      <source>The backup to {target} failed: {detail}</source>
      <translation>The backup to {target} failed: {detail}</translation>
    </message>
    <message>
      <source>Backups of a shared server database are made on the server</source>
      <translation>Backups of a shared server database are made on the server</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>Backup written to {path}</translation>
    </message>
    <message>
      <source>{path} is damaged (integrity check failed): nothing was replaced</source>
      <translation>{path} is damaged (integrity check failed): nothing was replaced</translation>
    </message>
    <message>
      <source>{path} is not a warehouse backup: nothing was replaced</source>
      <translation>{path} is not a warehouse backup: nothing was replaced</translation>
    </message>
    <message>
      <source>Restoring {path} failed: {detail}</source>
      <translation>Restoring {path} failed: {detail}</translation>
    </message>
    <message>
      <source>{path} is not a backup of this program's database ({detail}): nothing was replaced</source>
      <translation>{path} is not a backup of this program's database ({detail}): nothing was replaced</translation>
    </message>
    <message>
      <source>{path} holds data this program cannot use ({detail}): nothing was replaced</source>
      <translation>{path} holds data this program cannot use ({detail}): nothing was replaced</translation>
    </message>
    <message>
      <source>{path} is the database itself: choose a backup file</source>
      <translation>{path} is the database itself: choose a backup file</translation>
    </message>
    <message>
      <source>The backup to {target} did not match the database ({detail}): it was not kept</source>
      <translation>The backup to {target} did not match the database ({detail}): it was not kept</translation>
    </message>
    <message>
      <source>Restored {path}; the replaced database was kept as {kept}</source>
      <translation>Restored {path}; the replaced database was kept as {kept}</translation>
    </message>
    <message>
      <source>A backup is being restored: nothing was recorded. Scan again in a moment</source>
      <translation>A backup is being restored: nothing was recorded. Scan again in a moment</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>No such file: {path}</translation>
    </message>
    <message>
      <source>Cannot read {path}: {detail}</source>
      <translation>Cannot read {path}: {detail}</translation>
    </message>
    <message>
      <source>Cannot write {path}: {detail}</source>
      <translation>Cannot write {path}: {detail}</translation>
    </message>
    <message>
      <source>{path} is not UTF-8 text (line {line}): save it as CSV UTF-8</source>
      <translation>{path} is not UTF-8 text (line {line}): save it as CSV UTF-8</translation>
    </message>
    <message>
      <source>{path}: the columns must be {expected} (found {found})</source>
      <translation>{path}: the columns must be {expected} (found {found})</translation>
    </message>
    <message>
      <source>{path} line {line}: {problem}</source>
      <translation>{path} line {line}: {problem}</translation>
    </message>
    <message>
      <source>{path} is larger than {limit} MB: not a catalogue file</source>
      <translation>{path} is larger than {limit} MB: not a catalogue file</translation>
    </message>
    <message>
      <source>Imported {path}: {created} new, {updated} changed, {unchanged} unchanged</source>
      <translation>Imported {path}: {created} new, {updated} changed, {unchanged} unchanged</translation>
    </message>
    <message>
      <source>Wrote {count} rows to {path}</source>
      <translation>Wrote {count} rows to {path}</translation>
    </message>
    <message>
      <source>Database ready at {target} (schema version {version})</source>
      <translation>Database ready at {target} (schema version {version})</translation>
    </message>
    <message>
      <source>Demo warehouse created: {categories} categories, {locations} locations, {boxes} boxes</source>
      <translation>Demo warehouse created: {categories} categories, {locations} locations, {boxes} boxes</translation>
    </message>
    <message>
      <source>The database already holds boxes: the demo is only seeded into an empty one</source>
      <translation>The database already holds boxes: the demo is only seeded into an empty one</translation>
    </message>
    <message>
      <source>{day} has not happened yet: choose today or a day before</source>
      <translation>{day} has not happened yet: choose today or a day before</translation>
    </message>
    <message>
      <source>A bench name is 1 to {limit} printable characters</source>
      <translation>A bench name is 1 to {limit} printable characters</translation>
    </message>
    <message>
      <source>Every {kind} code is in use: none is left for a new one</source>
      <translation>Every {kind} code is in use: none is left for a new one</translation>
    </message>
    <message>
      <source>Check the {field}: it cannot be saved like this</source>
      <translation>Check the {field}: it cannot be saved like this</translation>
    </message>
    <message>
      <source>Saved {name} (card {code})</source>
      <translation>Saved {name} (card {code})</translation>
    </message>
    <message>
      <source>Saved {name} (code {code})</source>
      <translation>Saved {name} (code {code})</translation>
    </message>
    <message>
      <source>Retail barcode {code} no longer means {category}</source>
      <translation>Retail barcode {code} no longer means {category}</translation>
    </message>
    <message>
      <source>Retail barcode {code} is not linked to anything</source>
      <translation>Retail barcode {code} is not linked to anything</translation>
    </message>
    <message>
      <source>Dry run of {path}: new boxes {boxes}, imported before {skipped}. Nothing was written: add --apply to import</source>
      <translation>Dry run of {path}: new boxes {boxes}, imported before {skipped}. Nothing was written: add --apply to import</translation>
    </message>
    <message>
      <source>It would also create: {names}</source>
      <translation>It would also create: {names}</translation>
    </message>
    <message>
      <source>{path} names what this warehouse does not have ({count}): {names}. Add --create-missing to create them</source>
      <translation>{path} names what this warehouse does not have ({count}): {names}. Add --create-missing to create them</translation>
    </message>
    <message>
      <source>Every box in {path} was imported before (boxes: {skipped}): nothing was written</source>
      <translation>Every box in {path} was imported before (boxes: {skipped}): nothing was written</translation>
    </message>
    <message>
      <source>Imported from {path}: new boxes {boxes} ({first} to {last}), imported before and skipped {skipped}; created: categories {categories}, sizes {sizes}, locations {locations}</source>
      <translation>Imported from {path}: new boxes {boxes} ({first} to {last}), imported before and skipped {skipped}; created: categories {categories}, sizes {sizes}, locations {locations}</translation>
    </message>
    <message>
      <source>Labels of the boxes in stock (labels: {count}) written to {path}</source>
      <translation>Labels of the boxes in stock (labels: {count}) written to {path}</translation>
    </message>
    <message>
      <source>{path} is separated by semicolons: Boxtribute exports commas. Export it again from Boxtribute, or save it as CSV UTF-8 (comma delimited)</source>
      <translation>{path} is separated by semicolons: Boxtribute exports commas. Export it again from Boxtribute, or save it as CSV UTF-8 (comma delimited)</translation>
    </message>
    <message>
      <source>{path} holds no boxes: nothing was written</source>
      <translation>{path} holds no boxes: nothing was written</translation>
    </message>
    <message>
      <source>{path}: some of these boxes (boxes: {count}) were imported at another bench meanwhile. Nothing was written: run the import again</source>
      <translation>{path}: some of these boxes (boxes: {count}) were imported at another bench meanwhile. Nothing was written: run the import again</translation>
    </message>
    <message>
      <source>Labels cannot be written here: the labels package is missing from this installation</source>
      <translation>Labels cannot be written here: the labels package is missing from this installation</translation>
    </message>
    <message>
      <source>Boxes are imported from another program: add --from boxtribute</source>
      <translation>Boxes are imported from another program: add --from boxtribute</translation>
    </message>
    <message>
      <source>--as boxtribute exports boxes, not {what}</source>
      <translation>--as boxtribute exports boxes, not {what}</translation>
    </message>
    <message>
      <source>--hxl adds a row to CSV files only, not to {path}</source>
      <translation>--hxl adds a row to CSV files only, not to {path}</translation>
    </message>
    <message>
      <source>The catalogue already has categories ({count}): the standard catalogue only goes into an empty one</source>
      <translation>The catalogue already has categories ({count}): the standard catalogue only goes into an empty one</translation>
    </message>
    <message>
      <source>Standard catalogue added: categories {count}</source>
      <translation>Standard catalogue added: categories {count}</translation>
    </message>
    <message>
      <source>The period ends on {last}, before it starts on {first}: swap the two dates</source>
      <translation>The period ends on {last}, before it starts on {first}: swap the two dates</translation>
    </message>
    <message>
      <source>That period has more than {limit} columns by {step}: choose a shorter period or a longer step (week or month)</source>
      <translation>That period has more than {limit} columns by {step}: choose a shorter period or a longer step (week or month)</translation>
    </message>
    <message>
      <source>Report by day, week or month (not {step})</source>
      <translation>Report by day, week or month (not {step})</translation>
    </message>
    <message>
      <source>Nothing was dispatched from {first} to {last}</source>
      <translation>Nothing was dispatched from {first} to {last}</translation>
    </message>
    <message>
      <source>Unknown label format {name}: use one of {known}</source>
      <translation>Unknown label format {name}: use one of {known}</translation>
    </message>
    <message>
      <source>--skip must be between 0 and {per_page} minus one (got {skip})</source>
      <translation>--skip must be between 0 and {per_page} minus one (got {skip})</translation>
    </message>
    <message>
      <source>{path}: the output must end in .pdf, .png or .zpl</source>
      <translation>{path}: the output must end in .pdf, .png or .zpl</translation>
    </message>
    <message>
      <source>{output} is not made for the {format} format: use {outputs}</source>
      <translation>{output} is not made for the {format} format: use {outputs}</translation>
    </message>
    <message>
      <source>Printer resolution must be 203 or 300 dpi (got {dpi})</source>
      <translation>Printer resolution must be 203 or 300 dpi (got {dpi})</translation>
    </message>
    <message>
      <source>The calibration offset must be between -20 and 20 mm</source>
      <translation>The calibration offset must be between -20 and 20 mm</translation>
    </message>
    <message>
      <source>A calibration offset of {x} mm right and {y} mm down would push a barcode off the label: this format allows {left} to {right} mm right and {up} to {down} mm down</source>
      <translation>A calibration offset of {x} mm right and {y} mm down would push a barcode off the label: this format allows {left} to {right} mm right and {up} to {down} mm down</translation>
    </message>
    <message>
      <source>Unknown label language {lang}: use one of {known}</source>
      <translation>Unknown label language {lang}: use one of {known}</translation>
    </message>
    <message>
      <source>There is nothing to print</source>
      <translation>There is nothing to print</translation>
    </message>
    <message>
      <source>Give the number of blank labels with --count (1 to {limit})</source>
      <translation>Give the number of blank labels with --count (1 to {limit})</translation>
    </message>
    <message>
      <source>Unknown label kind {kind}: use one of {known}</source>
      <translation>Unknown label kind {kind}: use one of {known}</translation>
    </message>
    <message>
      <source>Give the codes to print, or --all</source>
      <translation>Give the codes to print, or --all</translation>
    </message>
    <message>
      <source>Unknown kind of card {cards}: choose among {known}</source>
      <translation>Unknown kind of card {cards}: choose among {known}</translation>
    </message>
    <message>
      <source>Wrote {count} labels to {path}</source>
      <translation>Wrote {count} labels to {path}</translation>
    </message>
    <message>
      <source>{value} is not a date: write it as YYYY-MM-DD</source>
      <translation>{value} is not a date: write it as YYYY-MM-DD</translation>
    </message>
    <message>
      <source>{path}: the output must end in {suffixes}</source>
      <translation>{path}: the output must end in {suffixes}</translation>
    </message>
    <message>
      <source>Wrote {what} to {path}</source>
      <translation>Wrote {what} to {path}</translation>
    </message>
    <message>
      <source>The file {path} does not exist</source>
      <translation>The file {path} does not exist</translation>
    </message>
    <message>
      <source>The file {path} cannot be read: {detail}</source>
      <translation>The file {path} cannot be read: {detail}</translation>
    </message>
    <message>
      <source>Cannot print {path}: only PDF, PNG and ZPL files can be printed</source>
      <translation>Cannot print {path}: only PDF, PNG and ZPL files can be printed</translation>
    </message>
    <message>
      <source>The file {path} is not a PDF that can be opened</source>
      <translation>The file {path} is not a PDF that can be opened</translation>
    </message>
    <message>
      <source>{path} is ZPL: send it to a label printer with --raw HOST:PORT</source>
      <translation>{path} is ZPL: send it to a label printer with --raw HOST:PORT</translation>
    </message>
    <message>
      <source>There is no printer called {printer}: choose one in Settings (Printers), or list them with print --list-printers</source>
      <translation>There is no printer called {printer}: choose one in Settings (Printers), or list them with print --list-printers</translation>
    </message>
    <message>
      <source>No printer is set up on this computer: add one in the system settings</source>
      <translation>No printer is set up on this computer: add one in the system settings</translation>
    </message>
    <message>
      <source>The printer {printer} is stopped or paused: start it in the system settings and retry</source>
      <translation>The printer {printer} is stopped or paused: start it in the system settings and retry</translation>
    </message>
    <message>
      <source>The printer {printer} is not accepting jobs: enable it in the system settings and retry</source>
      <translation>The printer {printer} is not accepting jobs: enable it in the system settings and retry</translation>
    </message>
    <message>
      <source>The printer {printer} refused the job: {detail}</source>
      <translation>The printer {printer} refused the job: {detail}</translation>
    </message>
    <message>
      <source>{address} is not a printer address: write HOST:PORT, for example 192.168.1.50:9100</source>
      <translation>{address} is not a printer address: write HOST:PORT, for example 192.168.1.50:9100</translation>
    </message>
    <message>
      <source>The label printer at {address} refused the connection: is it switched on and is the address right?</source>
      <translation>The label printer at {address} refused the connection: is it switched on and is the address right?</translation>
    </message>
    <message>
      <source>The label printer at {address} did not answer within {seconds} s: check the cable or network and retry</source>
      <translation>The label printer at {address} did not answer within {seconds} s: check the cable or network and retry</translation>
    </message>
    <message>
      <source>The label printer at {address} stopped taking data for {seconds} s: check paper and ribbon, then retry</source>
      <translation>The label printer at {address} stopped taking data for {seconds} s: check paper and ribbon, then retry</translation>
    </message>
    <message>
      <source>The label printer at {address} cannot be reached: {detail}</source>
      <translation>The label printer at {address} cannot be reached: {detail}</translation>
    </message>
    <message>
      <source>The label printer at {address} closed the connection during the job: retry</source>
      <translation>The label printer at {address} closed the connection during the job: retry</translation>
    </message>
    <message>
      <source>Cannot write the print file {path}: {detail}</source>
      <translation>Cannot write the print file {path}: {detail}</translation>
    </message>
    <message>
      <source>The number of copies must be between 1 and {maximum}</source>
      <translation>The number of copies must be between 1 and {maximum}</translation>
    </message>
    <message>
      <source>{target} is not a printer setting</source>
      <translation>{target} is not a printer setting</translation>
    </message>
    <message>
      <source>Unknown label format {format}: use one of {formats}</source>
      <translation>Unknown label format {format}: use one of {formats}</translation>
    </message>
    <message>
      <source>The calibration offset must be within ±{maximum} mm</source>
      <translation>The calibration offset must be within ±{maximum} mm</translation>
    </message>
    <message>
      <source>Give the FILE to print, or use --list-printers or --list-scanners</source>
      <translation>Give the FILE to print, or use --list-printers or --list-scanners</translation>
    </message>
    <message>
      <source>The timeout must be a number of seconds above 0</source>
      <translation>The timeout must be a number of seconds above 0</translation>
    </message>
    <message>
      <source>Sent {path} to {printer} ({copies} copies)</source>
      <translation>Sent {path} to {printer} ({copies} copies)</translation>
    </message>
    <message>
      <source>Scanner port {port} is not there: plug the scanner in</source>
      <translation>Scanner port {port} is not there: plug the scanner in</translation>
    </message>
    <message>
      <source>Cannot open scanner port {port}: {detail}</source>
      <translation>Cannot open scanner port {port}: {detail}</translation>
    </message>
    <message>
      <source>{terminator} is not a line end: use CR, LF, CRLF or one byte like 0x03</source>
      <translation>{terminator} is not a line end: use CR, LF, CRLF or one byte like 0x03</translation>
    </message>
    <message>
      <source>{baud} is not a serial speed</source>
      <translation>{baud} is not a serial speed</translation>
    </message>
    <message numerus="yes">
      <source>%n box(es)</source>
      <translation>
        <numerusform>%n box</numerusform>
        <numerusform>%n boxes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n found</source>
      <translation>
        <numerusform>%n found</numerusform>
        <numerusform>%n found</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n missing</numerusform>
        <numerusform>%n missing</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n moved here</source>
      <translation>
        <numerusform>%n moved here</numerusform>
        <numerusform>%n moved here</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n label(s)</source>
      <translation>
        <numerusform>%n label</numerusform>
        <numerusform>%n labels</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cop(y|ies)</source>
      <translation>
        <numerusform>%n copy</numerusform>
        <numerusform>%n copies</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n box(es) seen</source>
      <translation>
        <numerusform>%n box seen</numerusform>
        <numerusform>%n boxes seen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>%n changed</numerusform>
        <numerusform>%n changed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n unchanged</numerusform>
        <numerusform>%n unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n categor(y|ies)</source>
      <translation>
        <numerusform>%n category</numerusform>
        <numerusform>%n categories</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n location(s)</source>
      <translation>
        <numerusform>%n location</numerusform>
        <numerusform>%n locations</numerusform>
      </translation>
    </message>
    <message>
      <source>Loading van to {destination} ({count})</source>
      <translation>Loading van to {destination} ({count})</translation>
    </message>
    <message>
      <source>Box {code} loaded for {destination} ({count} on the van)</source>
      <translation>Box {code} loaded for {destination} ({count} on the van)</translation>
    </message>
    <message>
      <source>Van to {destination} dispatched with {count}</source>
      <translation>Van to {destination} dispatched with {count}</translation>
    </message>
    <message>
      <source>Dispatch van load {van_load} to {destination}: {boxes}, {items}? Scan DISPATCH again to confirm</source>
      <translation>Dispatch van load {van_load} to {destination}: {boxes}, {items}? Scan DISPATCH again to confirm</translation>
    </message>
    <message>
      <source>Van load {code} to {destination} reopened: {count} loading again</source>
      <translation>Van load {code} to {destination} reopened: {count} loading again</translation>
    </message>
    <message>
      <source>Count of {location} done: {found}, {missing}, {moved}</source>
      <translation>Count of {location} done: {found}, {missing}, {moved}</translation>
    </message>
    <message>
      <source>Undone ({what}): box {code}, {before} → {after}</source>
      <translation>Undone ({what}): box {code}, {before} → {after}</translation>
    </message>
    <message>
      <source>Undone ({what}): {count}</source>
      <translation>Undone ({what}): {count}</translation>
    </message>
    <message>
      <source>Nothing of yours to undo here (the last {depth}, {minutes})</source>
      <translation>Nothing of yours to undo here (the last {depth}, {minutes})</translation>
    </message>
    <message>
      <source>{location}: {boxes}, {items} in stock</source>
      <translation>{location}: {boxes}, {items} in stock</translation>
    </message>
    <message>
      <source>Van load {code} to {destination}: {state}, {boxes}, {items}</source>
      <translation>Van load {code} to {destination}: {state}, {boxes}, {items}</translation>
    </message>
    <message>
      <source>{category}: {boxes} in stock</source>
      <translation>{category}: {boxes} in stock</translation>
    </message>
    <message>
      <source>Nothing scanned for {minutes}: location, van load and count cleared</source>
      <translation>Nothing scanned for {minutes}: location, van load and count cleared</translation>
    </message>
    <message>
      <source>Too many wrong PINs: wait {seconds}</source>
      <translation>Too many wrong PINs: wait {seconds}</translation>
    </message>
    <message>
      <source>Wrote {count} to {path}</source>
      <translation>Wrote {count} to {path}</translation>
    </message>
    <message>
      <source>Sent {path} to {printer} ({copies})</source>
      <translation>Sent {path} to {printer} ({copies})</translation>
    </message>
    <message>
      <source>Imported {path}: {created}, {updated}, {unchanged}</source>
      <translation>Imported {path}: {created}, {updated}, {unchanged}</translation>
    </message>
    <message>
      <source>Demo warehouse created: {categories}, {locations}, {boxes}</source>
      <translation>Demo warehouse created: {categories}, {locations}, {boxes}</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Avery L7163 (A4, 2×7)</source>
      <translation>Avery L7163 (A4, 2×7)</translation>
    </message>
    <message>
      <source>A4, two per page</source>
      <translation>A4, two per page</translation>
    </message>
    <message>
      <source>62 × 100 mm roll</source>
      <translation>62 × 100 mm roll</translation>
    </message>
    <message>
      <source>4 × 6 in thermal</source>
      <translation>4 × 6 in thermal</translation>
    </message>
    <message>
      <source>100 × 150 mm thermal</source>
      <translation>100 × 150 mm thermal</translation>
    </message>
    <message>
      <source>in stock</source>
      <translation>in stock</translation>
    </message>
    <message>
      <source>loading</source>
      <translation>loading</translation>
    </message>
    <message>
      <source>dispatched</source>
      <translation>dispatched</translation>
    </message>
    <message>
      <source>scrapped</source>
      <translation>scrapped</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>lost</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>missing</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>created</source>
      <translation>created</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>moved</translation>
    </message>
    <message>
      <source>loaded</source>
      <translation>loaded</translation>
    </message>
    <message>
      <source>unloaded</source>
      <translation>unloaded</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>returned</translation>
    </message>
    <message>
      <source>adjusted</source>
      <translation>adjusted</translation>
    </message>
    <message>
      <source>found</source>
      <translation>found</translation>
    </message>
    <message>
      <source>undone</source>
      <translation>undone</translation>
    </message>
    <message>
      <source>repacked</source>
      <translation>repacked</translation>
    </message>
    <message>
      <source>found missing</source>
      <translation>found missing</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>reopened</translation>
    </message>
    <message>
      <source>weighed</source>
      <translation>weighed</translation>
    </message>
    <message>
      <source>CHECK IN</source>
      <translation>CHECK IN</translation>
    </message>
    <message>
      <source>LOAD VAN</source>
      <translation>LOAD VAN</translation>
    </message>
    <message>
      <source>STOCK-TAKE</source>
      <translation>STOCK-TAKE</translation>
    </message>
    <message>
      <source>men</source>
      <translation>men</translation>
    </message>
    <message>
      <source>women</source>
      <translation>women</translation>
    </message>
    <message>
      <source>unisex adult</source>
      <translation>unisex adult</translation>
    </message>
    <message>
      <source>boys</source>
      <translation>boys</translation>
    </message>
    <message>
      <source>girls</source>
      <translation>girls</translation>
    </message>
    <message>
      <source>unisex kids</source>
      <translation>unisex kids</translation>
    </message>
    <message>
      <source>baby</source>
      <translation>baby</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Clothing</source>
      <translation>Clothing</translation>
    </message>
    <message>
      <source>Footwear</source>
      <translation>Footwear</translation>
    </message>
    <message>
      <source>Bedding</source>
      <translation>Bedding</translation>
    </message>
    <message>
      <source>Hygiene</source>
      <translation>Hygiene</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation>Shelter</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Food</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>shelf</source>
      <translation>shelf</translation>
    </message>
    <message>
      <source>zone</source>
      <translation>zone</translation>
    </message>
    <message>
      <source>bench</source>
      <translation>bench</translation>
    </message>
    <message>
      <source>loading bay</source>
      <translation>loading bay</translation>
    </message>
    <message>
      <source>one size</source>
      <translation>one size</translation>
    </message>
  </context>
  <context>
    <name>NeedsView</name>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>In stock</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>Short by</source>
      <translation>Short by</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Boxes</source>
      <translation>Boxes</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message numerus="yes">
      <source>%n categories below target</source>
      <translation>
        <numerusform>%n category below target</numerusform>
        <numerusform>%n categories below target</numerusform>
      </translation>
    </message>
    <message>
      <source>Every category is at or above its target</source>
      <translation>Every category is at or above its target</translation>
    </message>
    <message>
      <source>Boxes in stock against target</source>
      <translation>Boxes in stock against target</translation>
    </message>
    <message>
      <source>Boxes in and out per day</source>
      <translation>Boxes in and out per day</translation>
    </message>
    <message>
      <source>Choose a category to see its sizes</source>
      <translation>Choose a category to see its sizes</translation>
    </message>
    <message>
      <source>{category} by size</source>
      <translation>{category} by size</translation>
    </message>
    <message>
      <source>In</source>
      <translation>In</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>Out</translation>
    </message>
    <message>
      <source>Save as picture…</source>
      <translation>Save as picture…</translation>
    </message>
    <message>
      <source>Save the needs list as a picture</source>
      <translation>Save the needs list as a picture</translation>
    </message>
    <message>
      <source>Picture (*.png)</source>
      <translation>Picture (*.png)</translation>
    </message>
  </context>
  <context>
    <name>PrintJobs</name>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>What went wrong</source>
      <translation>What went wrong</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Retry</translation>
    </message>
    <message>
      <source>Clear printed</source>
      <translation>Clear printed</translation>
    </message>
    <message>
      <source>No print jobs yet. Every label and sheet sent to a printer is listed here with how it went; a job that failed can be sent again with Retry.</source>
      <translation>No print jobs yet. Every label and sheet sent to a printer is listed here with how it went; a job that failed can be sent again with Retry.</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>waiting</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>printing</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>printed</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>failed</translation>
    </message>
  </context>
  <context>
    <name>PrintJobsModel</name>
    <message>
      <source>default printer</source>
      <translation>default printer</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>&amp;Other printer…</source>
      <translation>&amp;Other printer…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Waiting for the printer…</source>
      <translation>Waiting for the printer…</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>Sent to {where}</source>
      <translation>Sent to {where}</translation>
    </message>
    <message>
      <source>Not printed: {reason}</source>
      <translation>Not printed: {reason}</translation>
    </message>
    <message>
      <source>Could not save {path}: {reason}</source>
      <translation>Could not save {path}: {reason}</translation>
    </message>
  </context>
  <context>
    <name>PrinterSettings</name>
    <message>
      <source>Serial scanner</source>
      <translation>Serial scanner</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>Look again</translation>
    </message>
    <message>
      <source>Use this scanner</source>
      <translation>Use this scanner</translation>
    </message>
    <message>
      <source>Stop using the selected scanner</source>
      <translation>Stop using the selected scanner</translation>
    </message>
    <message>
      <source>CR, LF, CRLF, or one byte such as 0x03</source>
      <translation>CR, LF, CRLF, or one byte such as 0x03</translation>
    </message>
    <message>
      <source>Label printer on the network (ZPL)</source>
      <translation>Label printer on the network (ZPL)</translation>
    </message>
    <message>
      <source>Address (host:port)</source>
      <translation>Address (host:port)</translation>
    </message>
    <message>
      <source>Printer for each label format</source>
      <translation>Printer for each label format</translation>
    </message>
    <message>
      <source>Calibration and test label</source>
      <translation>Calibration and test label</translation>
    </message>
    <message>
      <source>Print a test label</source>
      <translation>Print a test label</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Speed (baud)</source>
      <translation>Speed (baud)</translation>
    </message>
    <message>
      <source>Line end</source>
      <translation>Line end</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>Prefix</translation>
    </message>
    <message>
      <source>Suffix</source>
      <translation>Suffix</translation>
    </message>
    <message>
      <source>Choose the port the scanner is on</source>
      <translation>Choose the port the scanner is on</translation>
    </message>
    <message>
      <source>Label format</source>
      <translation>Label format</translation>
    </message>
    <message>
      <source>Move right by</source>
      <translation>Move right by</translation>
    </message>
    <message>
      <source>Move down by</source>
      <translation>Move down by</translation>
    </message>
    <message>
      <source>System default printer</source>
      <translation>System default printer</translation>
    </message>
    <message>
      <source>Scanner on {0} saved</source>
      <translation>Scanner on {0} saved</translation>
    </message>
    <message>
      <source>Test label sent to {0}</source>
      <translation>Test label sent to {0}</translation>
    </message>
    <message>
      <source>Test label {0}</source>
      <translation>Test label {0}</translation>
    </message>
    <message>
      <source>Label printer at {0}</source>
      <translation>Label printer at {0}</translation>
    </message>
    <message>
      <source>Not saved: {0}</source>
      <translation>Not saved: {0}</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Look in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>ReportActions</name>
    <message>
      <source>Category cards</source>
      <translation>Category cards</translation>
    </message>
    <message>
      <source>Size cards (one per size of each category)</source>
      <translation>Size cards (one per size of each category)</translation>
    </message>
    <message>
      <source>Command cards (CHECK IN, LOAD, UNDO…)</source>
      <translation>Command cards (CHECK IN, LOAD, UNDO…)</translation>
    </message>
    <message>
      <source>Quantity cards (items per box)</source>
      <translation>Quantity cards (items per box)</translation>
    </message>
    <message>
      <source>Expiry cards (+3, +6, +12 months)</source>
      <translation>Expiry cards (+3, +6, +12 months)</translation>
    </message>
    <message>
      <source>Volunteer cards</source>
      <translation>Volunteer cards</translation>
    </message>
    <message>
      <source>As set for every bench</source>
      <translation>As set for every bench</translation>
    </message>
    <message>
      <source>Label options</source>
      <translation>Label options</translation>
    </message>
    <message>
      <source>all (or codes separated by spaces)</source>
      <translation>all (or codes separated by spaces)</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Used positions to skip</source>
      <translation>Used positions to skip</translation>
    </message>
    <message>
      <source>Move right</source>
      <translation>Move right</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Not printed</translation>
    </message>
    <message>
      <source>Box labels</source>
      <translation>Box labels</translation>
    </message>
    <message>
      <source>Blank box labels</source>
      <translation>Blank box labels</translation>
    </message>
    <message>
      <source>Shelf labels</source>
      <translation>Shelf labels</translation>
    </message>
    <message>
      <source>Van-load labels</source>
      <translation>Van-load labels</translation>
    </message>
    <message>
      <source>Bench cards</source>
      <translation>Bench cards</translation>
    </message>
    <message>
      <source>Van manifest</source>
      <translation>Van manifest</translation>
    </message>
    <message>
      <source>Van load:</source>
      <translation>Van load:</translation>
    </message>
    <message>
      <source>Export needs list</source>
      <translation>Export needs list</translation>
    </message>
    <message>
      <source>Text to post (*.txt);;PDF (*.pdf);;Spreadsheet (*.csv)</source>
      <translation>Text to post (*.txt);;PDF (*.pdf);;Spreadsheet (*.csv)</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>How many labels</source>
      <translation>How many labels</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Second language</translation>
    </message>
    <message>
      <source>There is no van load yet.</source>
      <translation>There is no van load yet.</translation>
    </message>
    <message>
      <source>Folder for the end-of-day stock sheets</source>
      <translation>Folder for the end-of-day stock sheets</translation>
    </message>
    <message>
      <source>End-of-day stock sheet</source>
      <translation>End-of-day stock sheet</translation>
    </message>
    <message>
      <source>Saved to {sheet}; database backed up to {backup}</source>
      <translation>Saved to {sheet}; database backed up to {backup}</translation>
    </message>
    <message>
      <source>Saved to {sheet} (the shared database is backed up on its server)</source>
      <translation>Saved to {sheet} (the shared database is backed up on its server)</translation>
    </message>
    <message>
      <source>&amp;Labels</source>
      <translation>&amp;Labels</translation>
    </message>
    <message>
      <source>&amp;Box labels…</source>
      <translation>&amp;Box labels…</translation>
    </message>
    <message>
      <source>B&amp;lank box labels…</source>
      <translation>B&amp;lank box labels…</translation>
    </message>
    <message>
      <source>&amp;Shelf labels…</source>
      <translation>&amp;Shelf labels…</translation>
    </message>
    <message>
      <source>&amp;Van-load labels…</source>
      <translation>&amp;Van-load labels…</translation>
    </message>
    <message>
      <source>Bench &amp;cards…</source>
      <translation>Bench &amp;cards…</translation>
    </message>
    <message>
      <source>End-of-day &amp;stock sheet</source>
      <translation>End-of-day &amp;stock sheet</translation>
    </message>
    <message>
      <source>Van &amp;manifest…</source>
      <translation>Van &amp;manifest…</translation>
    </message>
    <message>
      <source>&amp;Needs list</source>
      <translation>&amp;Needs list</translation>
    </message>
    <message>
      <source>&amp;Export needs list…</source>
      <translation>&amp;Export needs list…</translation>
    </message>
    <message>
      <source>&amp;Close the day…</source>
      <translation>&amp;Close the day…</translation>
    </message>
    <message>
      <source>Needs list</source>
      <translation>Needs list</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Something went wrong: {error}</translation>
    </message>
    <message>
      <source>Van manifest {code}</source>
      <translation>Van manifest {code}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Week</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Boxes</source>
      <translation>Boxes</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Save PDF…</translation>
    </message>
    <message>
      <source>Save CSV…</source>
      <translation>Save CSV…</translation>
    </message>
    <message>
      <source>Boxes dispatched, by category group</source>
      <translation>Boxes dispatched, by category group</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Spreadsheet (*.csv)</source>
      <translation>Spreadsheet (*.csv)</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Save the report</translation>
    </message>
    <message>
      <source>Week of {date}</source>
      <translation>Week of {date}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <source>Dispatched: {boxes} boxes, {items} items</source>
      <translation>Dispatched: {boxes} boxes, {items} items</translation>
    </message>
  </context>
  <context>
    <name>ScanLog</name>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
  </context>
  <context>
    <name>ScannerStatus</name>
    <message>
      <source>connected</source>
      <translation>connected</translation>
    </message>
    <message>
      <source>reconnected</source>
      <translation>reconnected</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>disconnected</translation>
    </message>
    <message>
      <source>Reading barcodes</source>
      <translation>Reading barcodes</translation>
    </message>
    <message>
      <source>Not found: the program keeps looking and reconnects by itself</source>
      <translation>Not found: the program keeps looking and reconnects by itself</translation>
    </message>
    <message>
      <source>Scanner {0}: {1}</source>
      <translation>Scanner {0}: {1}</translation>
    </message>
    <message>
      <source>Scanner {0} disconnected: plug it back in</source>
      <translation>Scanner {0} disconnected: plug it back in</translation>
    </message>
    <message>
      <source>Scanner {0} reconnected</source>
      <translation>Scanner {0} reconnected</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Label languages and time zone saved for every bench</source>
      <translation>Label languages and time zone saved for every bench</translation>
    </message>
    <message>
      <source>Scanner, printer, label and time zone settings need a coordinator's PIN.</source>
      <translation>Scanner, printer, label and time zone settings need a coordinator's PIN.</translation>
    </message>
    <message>
      <source>&amp;Unlock…</source>
      <translation>&amp;Unlock…</translation>
    </message>
    <message>
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <source>Printers</source>
      <translation>Printers</translation>
    </message>
    <message>
      <source>Beep on every scan</source>
      <translation>Beep on every scan</translation>
    </message>
    <message>
      <source>Labels and time (all benches)</source>
      <translation>Labels and time (all benches)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Save label languages and time zone</source>
      <translation>Save label languages and time zone</translation>
    </message>
    <message>
      <source>Save warehouse name</source>
      <translation>Save warehouse name</translation>
    </message>
    <message>
      <source>Keyboard scanner</source>
      <translation>Keyboard scanner</translation>
    </message>
    <message>
      <source>Apply scanner settings</source>
      <translation>Apply scanner settings</translation>
    </message>
    <message>
      <source>Scanner settings applied</source>
      <translation>Scanner settings applied</translation>
    </message>
    <message>
      <source>Warehouse name saved</source>
      <translation>Warehouse name saved</translation>
    </message>
    <message>
      <source>Change the scanner, printer, label and time settings</source>
      <translation>Change the scanner, printer, label and time settings</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>&amp;Sounds:</source>
      <translation>&amp;Sounds:</translation>
    </message>
    <message>
      <source>Label &amp;format for new boxes:</source>
      <translation>Label &amp;format for new boxes:</translation>
    </message>
    <message>
      <source>&amp;Warehouse name (all benches):</source>
      <translation>&amp;Warehouse name (all benches):</translation>
    </message>
    <message>
      <source>&amp;Primary label language:</source>
      <translation>&amp;Primary label language:</translation>
    </message>
    <message>
      <source>Second label la&amp;nguage:</source>
      <translation>Second label la&amp;nguage:</translation>
    </message>
    <message>
      <source>Warehouse &amp;time zone:</source>
      <translation>Warehouse &amp;time zone:</translation>
    </message>
    <message>
      <source>Longest pause inside a scan:</source>
      <translation>Longest pause inside a scan:</translation>
    </message>
    <message>
      <source>Shortest scan (characters):</source>
      <translation>Shortest scan (characters):</translation>
    </message>
    <message>
      <source>Prefix character (optional):</source>
      <translation>Prefix character (optional):</translation>
    </message>
    <message>
      <source>Suffix character (optional):</source>
      <translation>Suffix character (optional):</translation>
    </message>
    <message>
      <source>This computer's ({zone})</source>
      <translation>This computer's ({zone})</translation>
    </message>
    <message>
      <source>“{zone}” is not a time zone. Choose one from the list, e.g. Europe/Paris.</source>
      <translation>“{zone}” is not a time zone. Choose one from the list, e.g. Europe/Paris.</translation>
    </message>
  </context>
  <context>
    <name>StockView</name>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <source>box code, category or note</source>
      <translation>box code, category or note</translation>
    </message>
    <message>
      <source>Any expiry</source>
      <translation>Any expiry</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expired</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>All categories</translation>
    </message>
    <message>
      <source>All sizes</source>
      <translation>All sizes</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>All states</translation>
    </message>
    <message>
      <source>All locations</source>
      <translation>All locations</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Box</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>For</source>
      <translation>For</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Van load</source>
      <translation>Van load</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Packed</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Last change</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Expires</translation>
    </message>
    <message>
      <source>{count} boxes</source>
      <translation>{count} boxes</translation>
    </message>
    <message>
      <source>Expiring within {days} days</source>
      <translation>Expiring within {days} days</translation>
    </message>
  </context>
  <context>
    <name>VanLoads</name>
    <message>
      <source>Van load</source>
      <translation>Van load</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Boxes</source>
      <translation>Boxes</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Dispatched</source>
      <translation>Dispatched</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Box</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Items</translation>
    </message>
    <message>
      <source>Dispatch van load</source>
      <translation>Dispatch van load</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <source>&amp;Destination:</source>
      <translation>&amp;Destination:</translation>
    </message>
    <message>
      <source>Driver / &amp;notes:</source>
      <translation>Driver / &amp;notes:</translation>
    </message>
    <message>
      <source>&amp;Create load and start loading</source>
      <translation>&amp;Create load and start loading</translation>
    </message>
    <message>
      <source>D&amp;ispatch selected load…</source>
      <translation>D&amp;ispatch selected load…</translation>
    </message>
    <message>
      <source>&amp;Reopen dispatched load (coordinator)…</source>
      <translation>&amp;Reopen dispatched load (coordinator)…</translation>
    </message>
    <message>
      <source>Open &amp;manifest</source>
      <translation>Open &amp;manifest</translation>
    </message>
    <message>
      <source>Type where the van goes first</source>
      <translation>Type where the van goes first</translation>
    </message>
    <message>
      <source>Choose the van load to dispatch first</source>
      <translation>Choose the van load to dispatch first</translation>
    </message>
    <message>
      <source>The manifest cannot be made on this computer</source>
      <translation>The manifest cannot be made on this computer</translation>
    </message>
    <message>
      <source>Dispatch van load {code} to {destination}?</source>
      <translation>Dispatch van load {code} to {destination}?</translation>
    </message>
    <message>
      <source>{boxes}, {items}. They leave the stock.</source>
      <translation>{boxes}, {items}. They leave the stock.</translation>
    </message>
    <message>
      <source>Dispatch {code}</source>
      <translation>Dispatch {code}</translation>
    </message>
    <message>
      <source>Reopen van load {code}: its boxes come back as loading</source>
      <translation>Reopen van load {code}: its boxes come back as loading</translation>
    </message>
    <message>
      <source>Manifest saved to {path}</source>
      <translation>Manifest saved to {path}</translation>
    </message>
  </context>
  <context>
    <name>Volunteers</name>
    <message>
      <source>coordinator</source>
      <translation>coordinator</translation>
    </message>
    <message>
      <source>volunteer</source>
      <translation>volunteer</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Card</translation>
    </message>
    <message>
      <source>Card works</source>
      <translation>Card works</translation>
    </message>
    <message>
      <source>The volunteers page is for coordinators</source>
      <translation>The volunteers page is for coordinators</translation>
    </message>
    <message>
      <source>Adding volunteers, printing their cards and naming coordinators need a PIN.</source>
      <translation>Adding volunteers, printing their cards and naming coordinators need a PIN.</translation>
    </message>
    <message>
      <source>&amp;Open with the coordinator PIN…</source>
      <translation>&amp;Open with the coordinator PIN…</translation>
    </message>
    <message>
      <source>New volunteer's &amp;name:</source>
      <translation>New volunteer's &amp;name:</translation>
    </message>
    <message>
      <source>first name, as on their card</source>
      <translation>first name, as on their card</translation>
    </message>
    <message>
      <source>&amp;Add volunteer</source>
      <translation>&amp;Add volunteer</translation>
    </message>
    <message>
      <source>Make &amp;coordinator…</source>
      <translation>Make &amp;coordinator…</translation>
    </message>
    <message>
      <source>Make plain &amp;volunteer</source>
      <translation>Make plain &amp;volunteer</translation>
    </message>
    <message>
      <source>Card &amp;works / stop card</source>
      <translation>Card &amp;works / stop card</translation>
    </message>
    <message>
      <source>&amp;Print selected cards</source>
      <translation>&amp;Print selected cards</translation>
    </message>
    <message>
      <source>Print a&amp;ll cards</source>
      <translation>Print a&amp;ll cards</translation>
    </message>
    <message>
      <source>Every bench forgets its location, van load and count after no scan for:</source>
      <translation>Every bench forgets its location, van load and count after no scan for:</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>{name} can sign in with the card {card}</source>
      <translation>{name} can sign in with the card {card}</translation>
    </message>
    <message>
      <source>{name} is a coordinator</source>
      <translation>{name} is a coordinator</translation>
    </message>
    <message>
      <source>{name} is a volunteer (no PIN)</source>
      <translation>{name} is a volunteer (no PIN)</translation>
    </message>
    <message>
      <source>{name}'s card works again</source>
      <translation>{name}'s card works again</translation>
    </message>
    <message>
      <source>{name}'s card stopped</source>
      <translation>{name}'s card stopped</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no: left</source>
      <translation>no: left</translation>
    </message>
    <message>
      <source>Type the new volunteer's name first</source>
      <translation>Type the new volunteer's name first</translation>
    </message>
    <message>
      <source>Choose one volunteer in the list first</source>
      <translation>Choose one volunteer in the list first</translation>
    </message>
    <message>
      <source>New coordinator</source>
      <translation>New coordinator</translation>
    </message>
    <message>
      <source>Choose the volunteers whose cards to print</source>
      <translation>Choose the volunteers whose cards to print</translation>
    </message>
    <message>
      <source>Cards cannot be printed on this computer</source>
      <translation>Cards cannot be printed on this computer</translation>
    </message>
    <message>
      <source>Benches clear their context after {minutes} minutes without a scan</source>
      <translation>Benches clear their context after {minutes} minutes without a scan</translation>
    </message>
    <message>
      <source>Printing {count} cards…</source>
      <translation>Printing {count} cards…</translation>
    </message>
    <message>
      <source>PIN for {name} (at least 4 digits):</source>
      <translation>PIN for {name} (at least 4 digits):</translation>
    </message>
  </context>
</TS>
