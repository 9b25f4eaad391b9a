-- A user name's wait after wrong passwords is kept per client address (an IPv6 client counts by its /64): failures
-- from one address slow only that address's attempts at that name, so nobody elsewhere can keep the owner out.
-- Existing rows keep the address of their last failure.
alter table identity_login_name_throttle rename column last_address to address;
alter table identity_login_name_throttle drop constraint identity_login_name_throttle_pkey;
alter table identity_login_name_throttle add primary key (user_id, address);
