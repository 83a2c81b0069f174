package jobs

import (
	"errors"
	"time"

	"tietosuojapakki/data"
)

// Start-up and restore under the database's lock. The window holds the
// lock for its whole life; a restore from the command line takes it for
// the time of the restore, so that it never replaces a database a window
// has open. These jobs return what they found; the faces tell the user.

// Started is what the start-up of the window found.
type Started struct {
	Path string     // the database, resolved (the default one when none was given)
	Lock *data.Lock // held until the process ends or Release
	// Damage is set when the database was damaged and has been set aside:
	// the window opens on a new, empty database and says so.
	Damage *Damage
	// BackupErr is why the day's automatic backup failed (nil when it was
	// taken or not due). The window opens all the same: the user's work
	// matters more than today's copy.
	BackupErr error
}

// Damage is what the start-up check found wrong, and what it did.
type Damage struct {
	Cause       error     // the *data.DamageError
	SetAside    string    // where the damaged file is now
	Backup      string    // the newest good backup; "" when there is none
	BackupTaken time.Time // when Backup was taken
}

// DBPath is the database of --db, or the default one in the user's config
// folder, with that folder made (mode 0700) when it is the default.
func DBPath(given string) (string, error) {
	if given != "" {
		return given, nil
	}
	path, err := data.DefaultPath()
	if err != nil {
		return "", err
	}
	return path, data.EnsureDir(path)
}

// Start runs before the window opens: it takes the database's lock
// (data.ErrLocked while another window has it), sets a damaged database
// aside, and takes the day's automatic backup. now is the local time of
// the backup's name.
func Start(dbPath string, now time.Time) (*Started, error) {
	path, err := DBPath(dbPath)
	if err != nil {
		return nil, err
	}
	lock, err := data.AcquireLock(path)
	if err != nil {
		return nil, err
	}
	s := &Started{Path: path, Lock: lock}
	if err := data.Check(path); errors.Is(err, data.ErrDamaged) {
		aside, err2 := data.SetAside(path, now)
		if err2 != nil {
			lock.Release()
			return nil, errors.Join(err, err2)
		}
		s.Damage = &Damage{Cause: err, SetAside: aside}
		if b, _ := data.NewestGoodBackup(path); b != nil {
			s.Damage.Backup, s.Damage.BackupTaken = b.Path, b.Taken
		}
		return s, nil // a new, empty database: nothing to back up
	} else if err != nil {
		lock.Release()
		return nil, err
	}
	if st, err := data.Open(path); err == nil {
		_, s.BackupErr = st.AutoBackup(now)
		st.Close()
	} // else the window's own open reports it
	return s, nil
}

// Restore replaces the database at dbPath with the backup src while the
// caller holds the database's lock (the window holds it already). The file
// is checked before anything changes (a *data.RefusedError says why it is
// refused); kept is where the earlier database was kept.
func Restore(dbPath, src string, now time.Time) (kept string, err error) {
	if err := data.CheckBackup(src); err != nil {
		return "", err
	}
	return data.Restore(dbPath, src, now)
}

// RestoreLocked is Restore for a process that does not hold the lock (the
// command line): it checks src first, then takes the lock for the time of
// the restore; data.ErrLocked while a window has the database open.
func RestoreLocked(dbPath, src string, now time.Time) (path, kept string, err error) {
	path, err = DBPath(dbPath)
	if err != nil {
		return "", "", err
	}
	// Refuse a wrong file before touching anything (Restore checks its
	// own copy once more).
	if err := data.CheckBackup(src); err != nil {
		return path, "", err
	}
	lock, err := data.AcquireLock(path)
	if err != nil {
		return path, "", err
	}
	defer lock.Release()
	kept, err = data.Restore(path, src, now)
	return path, kept, err
}
