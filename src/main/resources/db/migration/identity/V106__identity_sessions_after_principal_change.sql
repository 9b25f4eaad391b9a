-- The logged-in principal stored in each session changed shape (the lock-out flag is gone, and the principal types now
-- declare their serialVersionUID), so sessions written by the previous version cannot be read back. They are emptied
-- here: after this upgrade EVERY USER LOGS IN AGAIN, once. Attributes go with their sessions (on delete cascade).
delete from spring_session_attributes;
delete from spring_session;
