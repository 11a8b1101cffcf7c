// The page's state, shared by its modules.

export const state = {
  me: null,            // {name, roles, is_officer}
  range: null,         // {from: "YYYY-MM-DD", to: "YYYY-MM-DD"} inclusive days
  alertsToken: null,
  transfersToken: null,
  pendingAction: null, // {alert, action} while the note dialog is open
};
